"""The build cache: what reading a page gave, and what the constraint rules found in a description cell, kept under
a hash of everything they depend on, so that a rebuild reads only the pages that changed.

Content-addressed: an entry's key is the SHA-256 of its kind's fingerprint and of the input. For a page that is its
path and its bytes: reading a page depends on nothing else (`.. include::` is off, `file_insertion_enabled` in
`rst/parse.py`; labels, `:ref:`s and the shared tables they point to are linked after reading, from all pages, and
never cached). For a cell it is the cell as the rules see it (`Cell`: name, type, text, siblings, other columns). A
changed page, another version of the tool or of docutils finds no entry, and an entry never answers for another input.

A kind's fingerprint is what its entries are the result of: the tool's version, the docutils and msgspec versions, the
entry format, and the source of the modules the kind's function imports, directly or not (`import_closure`): reading
(`read_page_bytes`, generator/rst/entry.py) for a page, the rule table (`run_rules`, generator/constraints/rules) for a
cell, and this module for both. So an edit of a rule keeps every page entry, and an edit of a later stage (operations,
OpenAPI, the client) keeps them all. Each kind and fingerprint has a folder of its own (`page-<fingerprint>`,
`cell-<fingerprint>`), which `stale_folders` names once the fingerprint is another.

An entry is one header line, `rst2openapi-cache <format> <fingerprint> <key> <sha256 of the payload>`, and a JSON
payload decoded by msgspec into the exact types it was written from (no pickle: nothing in the folder is run, and a
payload of another shape is refused). An entry that is cut short or altered, from another fingerprint, or of the
wrong shape is ignored and its input read anew; so is one that cannot be read. When an entry cannot be written (a
full disk, a read-only folder) the cache stops writing for the rest of the build. Each of these is one
`cache-ignored` warning per kind (`diagnostics()`): never a wrong result, at worst the time of a cold build.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import importlib.metadata
import re
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path

import docutils
import msgspec
import platformdirs

from generator.constraints.rules import Cell, Finding
from generator.diagnostics import CODES, Diagnostic, Loc
from generator.rst.entry import PageEntry
from generator.writer import write_cache_file

__all__ = ["FORMAT", "KINDS", "ROOTS", "BuildCache", "default_folder", "fingerprint", "import_closure",
           "import_statements", "stale_folders"]

FORMAT = "2"
_MAGIC = b"rst2openapi-cache"
_CACHE_LOC = Loc("<cache>", 0)


def default_folder() -> Path:
    """The user's cache folder (`~/.cache/rst2openapi/build` on Linux, per platformdirs)."""
    return Path(platformdirs.user_cache_dir("rst2openapi")) / "build"


# The function whose result each kind of entry is, by the module that holds it
ROOTS = {"page": "generator.rst.entry", "cell": "generator.constraints.rules"}
KINDS = tuple(ROOTS)
# `<kind>-<fingerprint>`; no kind: the folders of format 1, one per tool
_FOLDER_NAME = re.compile(rf"(?:(?:{'|'.join(KINDS)})-)?[0-9a-f]{{32}}")


def _package() -> Path:
    return Path(__file__).resolve().parent


def _source(package: Path, module: str) -> Path | None:
    """The file of a module of `package` (None: another package's, or none)."""
    head, _, rest = module.partition(".")
    if head != package.name:
        return None
    base = package.joinpath(*rest.split(".")) if rest else package
    for file in (base / "__init__.py", base.with_suffix(".py")):
        if file.is_file():
            return file
    return None


# An import statement at a line's start (a parenthesised list of names may go over several lines): what
# `import_closure` parses, instead of the whole file (a tenth of the time). A string line that looks like one can
# only add a module, or break the parse (then the whole file is parsed); tests/test_cache.py checks that every import
# statement of the package is found.
_IMPORT_LINE = re.compile(
    rb"(?m)^[ \t]*(?:from[ \t]+\.*[\w.]*[ \t]+import[ \t]*(?:\([^)]*\)|[^\n]*)|import[ \t]+[^\n]*)")


def import_statements(source: bytes) -> list[ast.Import | ast.ImportFrom]:
    """The import statements of a module's source, wherever they are (top, function, TYPE_CHECKING)."""
    try:
        tree = ast.parse(b"\n".join(m.group(0).strip() for m in _IMPORT_LINE.finditer(source)))
    except SyntaxError:
        tree = ast.parse(source)
    return [node for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))]


def import_closure(module: str) -> list[Path]:
    """The source files of `module` and of every module of this package that it imports, directly or not, with the
    packages that hold each (their `__init__.py`). Read from every import statement of each file (at its top, in a
    function, under TYPE_CHECKING alike; relative ones too), so the set can only be larger than what running the code
    imports (`importlib` aside: tests/test_cache.py checks that reading a page and running the rules import nothing
    else)."""
    package = _package()
    seen: dict[str, Path] = {}
    todo = [module]
    while todo:
        name = todo.pop()
        file = None if name in seen else _source(package, name)
        if file is None:
            continue
        seen[name] = file
        parts = name.split(".")
        todo.extend(".".join(parts[:i]) for i in range(1, len(parts)))
        here = parts if file.name == "__init__.py" else parts[:-1]  # the package a relative import starts from
        for node in import_statements(file.read_bytes()):
            if isinstance(node, ast.Import):
                todo.extend(alias.name for alias in node.names)
            else:
                start = here[: len(here) - node.level + 1] if node.level else []
                base = ".".join([*start, *([node.module] if node.module else [])])
                todo.append(base)  # and `from package import module`:
                todo.extend(f"{base}.{alias.name}" for alias in node.names)
    return sorted(set(seen.values()))


@functools.cache
def fingerprint(kind: str) -> str:
    """What one kind of entry (`KINDS`) depends on: the tool's version, the docutils and msgspec versions, the entry
    format, and the bytes of the modules its function imports (`import_closure`) and of this one (the entry format)."""
    digest = hashlib.sha256()
    try:
        version = importlib.metadata.version("rst2openapi")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    for part in (FORMAT, kind, version, docutils.__version__, msgspec.__version__):
        digest.update(part.encode() + b"\0")
    package = _package()
    for file in sorted({*import_closure(ROOTS[kind]), Path(__file__).resolve()}):
        digest.update(file.relative_to(package).as_posix().encode() + b"\0")
        digest.update(file.read_bytes() + b"\0")
    return digest.hexdigest()[:32]


def stale_folders(folder: Path) -> list[Path]:
    """The folders of a cache folder that this tool never reads: entries of another fingerprint of their kind (the
    tool before an edit, another version), and those of the format before kinds had folders of their own."""
    if not folder.is_dir():
        return []
    current = {f"{kind}-{fingerprint(kind)}" for kind in KINDS}
    return sorted(path for path in folder.iterdir()
                  if path.is_dir() and _FOLDER_NAME.fullmatch(path.name) and path.name not in current)


class _Ignored(Exception):
    """Why an entry is not used (the kind of problem, one warning per kind)."""


class BuildCache:
    """One build's view of a cache folder. Not shared between processes: the parent looks entries up and writes the
    workers' results."""

    def __init__(self, folder: Path, fingerprints: Mapping[str, str] | None = None) -> None:
        self.folder = folder
        self.fingerprints = {kind: fingerprint(kind) for kind in KINDS} if fingerprints is None else dict(fingerprints)
        self.hits = 0
        self.misses = 0
        self._writable = True
        self._ignored: dict[str, list[Path]] = defaultdict(list)
        self._page_encoder = msgspec.json.Encoder()
        self._page_decoder = msgspec.json.Decoder(PageEntry)
        self._findings_decoder = msgspec.json.Decoder(tuple[Finding, ...])

    # -- pages -----------------------------------------------------------------------------------------------------

    def page_key(self, rel: str, data: bytes) -> str:
        return self._key("page", rel.encode("utf-8"), data)

    def get_page(self, key: str) -> PageEntry | None:
        payload = self._load("page", key)
        if payload is None:
            return None
        try:
            entry = self._page_decoder.decode(payload)
        except (msgspec.DecodeError, msgspec.ValidationError) as exc:
            self.misses += 1
            self._ignore(f"not a page entry ({exc})", self._path("page", key))
            return None
        self.hits += 1
        return entry

    def put_page(self, key: str, entry: PageEntry) -> None:
        self._store("page", key, self._page_encoder.encode(entry))

    # -- description cells -----------------------------------------------------------------------------------------

    def get_findings(self, cell: Cell) -> list[Finding] | None:
        key = self._cell_key(cell)
        payload = self._load("cell", key)
        if payload is None:
            return None
        try:
            findings = self._findings_decoder.decode(payload)
        except (msgspec.DecodeError, msgspec.ValidationError) as exc:
            self.misses += 1
            self._ignore(f"not a cell entry ({exc})", self._path("cell", key))
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
            self._store("cell", self._cell_key(cell), payload)

    def _cell_key(self, cell: Cell) -> str:
        return self._key("cell", self._page_encoder.encode(cell))

    # -- entries ---------------------------------------------------------------------------------------------------

    def _key(self, kind: str, *parts: bytes) -> str:
        digest = hashlib.sha256(self.fingerprints[kind].encode() + b"\0" + kind.encode())
        for part in parts:
            digest.update(len(part).to_bytes(8, "big") + part)
        return digest.hexdigest()

    def _path(self, kind: str, key: str) -> Path:
        return self.folder / f"{kind}-{self.fingerprints[kind]}" / key[:2] / key

    def _load(self, kind: str, key: str) -> bytes | None:
        """The payload of an entry whose header matches, or None (a miss, or an entry ignored with a warning)."""
        path = self._path(kind, key)
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
            self._check(kind, key, data)
        except _Ignored as exc:
            self.misses += 1
            self._ignore(str(exc), path)
            return None
        return data.partition(b"\n")[2]

    def _check(self, kind: str, key: str, data: bytes) -> None:
        header, newline, payload = data.partition(b"\n")
        fields = header.split(b" ")
        if not newline or len(fields) != 5 or fields[0] != _MAGIC:
            raise _Ignored("corrupt (no entry header)")
        version = f"{fields[1].decode('ascii', 'replace')} {fields[2].decode('ascii', 'replace')}"
        if version != f"{FORMAT} {self.fingerprints[kind]}":
            raise _Ignored("from another version of the tool")
        if fields[3] != key.encode():
            raise _Ignored("corrupt (holds another key)")
        if fields[4] != hashlib.sha256(payload).hexdigest().encode():
            raise _Ignored("corrupt (its content does not match its hash)")

    def _store(self, kind: str, key: str, payload: bytes) -> None:
        if not self._writable:
            return
        header = b" ".join((_MAGIC, FORMAT.encode(), self.fingerprints[kind].encode(), key.encode(),
                            hashlib.sha256(payload).hexdigest().encode()))
        try:
            write_cache_file(self._path(kind, key), header + b"\n" + payload)
        except OSError as exc:
            self._writable = False
            self._ignore(f"could not be written ({exc.strerror or exc}); the cache writes nothing more in this build",
                         self._path(kind, key))

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
