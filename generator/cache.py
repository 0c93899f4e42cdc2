"""The build cache: what reading a page gave, and what the constraint rules found in a description cell, kept under
a hash of everything they depend on, so that a rebuild reads only the pages that changed.

Content-addressed: an entry's key is the SHA-256 of the tool's fingerprint (its version, the source of its modules,
the docutils version, the entry format) and of the input. For a page that is its path and its bytes: reading a page
depends on nothing else (`.. include::` is off, `file_insertion_enabled` in `rst/parse.py`; labels, `:ref:`s and the
shared tables they point to are linked after reading, from all pages, and never cached). For a cell it is the cell
as the rules see it (`Cell`: name, type, text, siblings, other columns). A changed page, another version of the tool
or of docutils finds no entry, and an entry never answers for another input.

An entry is one header line, `rst2openapi-cache <format> <fingerprint> <key> <sha256 of the payload>`, and a JSON
payload decoded by msgspec into the exact types it was written from (no pickle: nothing in the folder is run, and a
payload of another shape is refused). An entry that is cut short or altered, from another fingerprint, or of the
wrong shape is ignored and its input read anew; so is one that cannot be read. When an entry cannot be written (a
full disk, a read-only folder) the cache stops writing for the rest of the build. Each of these is one
`cache-ignored` warning per kind (`diagnostics()`): never a wrong result, at worst the time of a cold build.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import docutils
import msgspec
import platformdirs

from generator.constraints.rules import Cell, Finding
from generator.diagnostics import CODES, Diagnostic, Loc
from generator.model import PageResult, RawPage
from generator.writer import write_cache_file

__all__ = ["FORMAT", "BuildCache", "PageEntry", "default_folder", "tool_fingerprint"]

FORMAT = "1"
_MAGIC = b"rst2openapi-cache"
_CACHE_LOC = Loc("<cache>", 0)


@dataclass(frozen=True)
class PageEntry:
    """What reading one page gave (what a worker returns): the page, or why it failed, and its diagnostics."""

    page: RawPage | None
    failure: PageResult | None
    diagnostics: tuple[Diagnostic, ...]


def default_folder() -> Path:
    """The user's cache folder (`~/.cache/rst2openapi/build` on Linux, per platformdirs)."""
    return Path(platformdirs.user_cache_dir("rst2openapi")) / "build"


@functools.cache
def tool_fingerprint() -> str:
    """The tool as far as a cached result depends on it: its version, the bytes of every module of the package
    (a changed rule or reader in a checkout is another tool), the docutils version and the entry format."""
    digest = hashlib.sha256()
    try:
        version = importlib.metadata.version("rst2openapi")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    for part in (FORMAT, version, docutils.__version__, msgspec.__version__):
        digest.update(part.encode() + b"\0")
    package = Path(__file__).resolve().parent
    for file in sorted(package.rglob("*.py")):
        digest.update(file.relative_to(package).as_posix().encode() + b"\0")
        digest.update(file.read_bytes() + b"\0")
    return digest.hexdigest()[:32]


class _Ignored(Exception):
    """Why an entry is not used (the kind of problem, one warning per kind)."""


class BuildCache:
    """One build's view of a cache folder. Not shared between processes: the parent looks entries up and writes the
    workers' results."""

    def __init__(self, folder: Path, fingerprint: str | None = None) -> None:
        self.folder = folder
        self.fingerprint = fingerprint or tool_fingerprint()
        self.hits = 0
        self.misses = 0
        self._writable = True
        self._ignored: dict[str, list[Path]] = defaultdict(list)
        self._page_encoder = msgspec.json.Encoder()
        self._page_decoder = msgspec.json.Decoder(PageEntry)
        self._findings_decoder = msgspec.json.Decoder(tuple[Finding, ...])

    # -- pages -----------------------------------------------------------------------------------------------------

    def page_key(self, rel: str, data: bytes) -> str:
        return self._key(b"page", rel.encode("utf-8"), data)

    def get_page(self, key: str) -> PageEntry | None:
        payload = self._load(key)
        if payload is None:
            return None
        try:
            entry = self._page_decoder.decode(payload)
        except (msgspec.DecodeError, msgspec.ValidationError) as exc:
            self.misses += 1
            self._ignore(f"not a page entry ({exc})", self._path(key))
            return None
        self.hits += 1
        return entry

    def put_page(self, key: str, entry: PageEntry) -> None:
        self._store(key, self._page_encoder.encode(entry))

    # -- description cells -----------------------------------------------------------------------------------------

    def get_findings(self, cell: Cell) -> list[Finding] | None:
        key = self._cell_key(cell)
        payload = self._load(key)
        if payload is None:
            return None
        try:
            findings = self._findings_decoder.decode(payload)
        except (msgspec.DecodeError, msgspec.ValidationError) as exc:
            self.misses += 1
            self._ignore(f"not a cell entry ({exc})", self._path(key))
            return None
        self.hits += 1
        return list(findings)

    def put_findings(self, cell: Cell, findings: list[Finding]) -> None:
        """Stored only when JSON gives the findings back exactly (a tuple in a value would come back a list)."""
        try:
            payload = self._page_encoder.encode(tuple(findings))
            exact = list(self._findings_decoder.decode(payload)) == findings
        except (TypeError, msgspec.EncodeError, msgspec.DecodeError, msgspec.ValidationError):
            return
        if exact:
            self._store(self._cell_key(cell), payload)

    def _cell_key(self, cell: Cell) -> str:
        return self._key(b"cell", self._page_encoder.encode(cell))

    # -- entries ---------------------------------------------------------------------------------------------------

    def _key(self, kind: bytes, *parts: bytes) -> str:
        digest = hashlib.sha256(self.fingerprint.encode() + b"\0" + kind)
        for part in parts:
            digest.update(len(part).to_bytes(8, "big") + part)
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / key

    def _load(self, key: str) -> bytes | None:
        """The payload of an entry whose header matches, or None (a miss, or an entry ignored with a warning)."""
        path = self._path(key)
        try:
            data = path.read_bytes()
        except (FileNotFoundError, NotADirectoryError):
            self.misses += 1
            return None
        except OSError as exc:
            self.misses += 1
            self._ignore(f"unreadable ({exc.strerror or exc})", path)
            return None
        try:
            self._check(key, data)
        except _Ignored as exc:
            self.misses += 1
            self._ignore(str(exc), path)
            return None
        return data.partition(b"\n")[2]

    def _check(self, key: str, data: bytes) -> None:
        header, newline, payload = data.partition(b"\n")
        fields = header.split(b" ")
        if not newline or len(fields) != 5 or fields[0] != _MAGIC:
            raise _Ignored("corrupt (no entry header)")
        version = f"{fields[1].decode('ascii', 'replace')} {fields[2].decode('ascii', 'replace')}"
        if version != f"{FORMAT} {self.fingerprint}":
            raise _Ignored("from another version of the tool")
        if fields[3] != key.encode():
            raise _Ignored("corrupt (holds another key)")
        if fields[4] != hashlib.sha256(payload).hexdigest().encode():
            raise _Ignored("corrupt (its content does not match its hash)")

    def _store(self, key: str, payload: bytes) -> None:
        if not self._writable:
            return
        header = b" ".join((_MAGIC, FORMAT.encode(), self.fingerprint.encode(), key.encode(),
                            hashlib.sha256(payload).hexdigest().encode()))
        try:
            write_cache_file(self._path(key), header + b"\n" + payload)
        except OSError as exc:
            self._writable = False
            self._ignore(f"could not be written ({exc.strerror or exc}); the cache writes nothing more in this build",
                         self._path(key))

    def _ignore(self, why: str, path: Path) -> None:
        self._ignored[why].append(path)

    def diagnostics(self) -> list[Diagnostic]:
        """One `cache-ignored` warning per kind of problem met, with the number of entries and the first one."""
        out = []
        for why, paths in sorted(self._ignored.items()):
            what = "a cache entry" if len(paths) == 1 else f"{len(paths)} cache entries"
            out.append(Diagnostic(_CACHE_LOC, "cache-ignored", CODES["cache-ignored"][0],
                                  f"{what} ignored, {why}: first {paths[0]}; read anew, the output is the same"))
        return out
