"""The only module that writes files: the spec as YAML or JSON, the report as JSON, a generated project folder.

Nothing is lost: every output is written to a temporary file (or folder) beside its target, flushed and fsynced,
and only then renamed into place (`os.replace`, atomic within one directory). A failure at any point (a full
disk, a read-only folder) removes the temporary and leaves the old output as it was. Several files written
together (`write_files`: spec and report) are all prepared first and renamed only when every one was written; a
rename that fails puts the ones already renamed back, so the pair is never mismatched. A project folder is built
in a folder beside the target and swapped in (`replace_tree`).

`dump_spec` never raises and always gives valid JSON or YAML: a value JSON cannot hold (a non-finite number, a
lone surrogate, an object of another type) is replaced, and `spec_value_problems` names each one as a diagnostic
(the pipeline adds them to the build's), so nothing is replaced silently.
"""

from __future__ import annotations

import json
import math
import os
import re
import secrets
import shutil
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import CODES, Diagnostic, Loc

__all__ = [
    "WriteError",
    "discard_tree",
    "dump_report",
    "dump_spec",
    "ensure_writable_dir",
    "fill_tree",
    "replace_tree",
    "spec_value_problems",
    "stage_tree",
    "write_cache_file",
    "write_files",
    "write_report",
    "write_spec",
    "write_tree",
]


class WriteError(Exception):
    """An output could not be written; the old output (if any) is unchanged and no temporary is left."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"cannot write {path}: {reason}")
        self.path = path
        self.reason = reason


def _reason(exc: OSError) -> str:
    if isinstance(exc, shutil.Error) and exc.args and isinstance(exc.args[0], list) and exc.args[0]:
        return str(exc.args[0][0][-1])  # copytree: [(src, dst, why), ...]
    return exc.strerror or str(exc) or type(exc).__name__


# --- values JSON and YAML can hold ----------------------------------------------------------------------------------

_SURROGATE = re.compile("[\ud800-\udfff]")
_SPEC_LOC = Loc("<spec>", 0)


def _loc(source: object, fallback: Loc) -> Loc:
    if isinstance(source, str):
        path, _, line = source.rpartition(":")
        if path and line.isdigit():
            return Loc(path, int(line))
    return fallback


def _clean(value: Any, pointer: str, loc: Loc, problems: list[Diagnostic] | None) -> Any:
    """`value` with everything JSON cannot hold replaced; each replacement appended to `problems`.

    `pointer` (JSON Pointer of `value`, built from the cleaned keys so that it prints) names the place.
    """

    def note(where: str, what: str) -> None:
        if problems is not None:
            problems.append(Diagnostic(loc, "spec-value-replaced", CODES["spec-value-replaced"][0],
                                       f"{where or '/'}: {what}"))

    if isinstance(value, str):
        if not _SURROGATE.search(value):
            return value
        text = value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")  # a pair becomes its character
        if text.count("\ufffd") > value.count("\ufffd"):
            note(pointer, "a lone UTF-16 surrogate (not Unicode text) written as U+FFFD")
        return text
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        if math.isfinite(value):
            return value
        note(pointer, f"the number {value} has no JSON form; written as null")
        return None
    if isinstance(value, dict):
        loc = _loc(value.get("x-doc-source"), loc)
        out: dict[Any, Any] = {}
        for key, item in value.items():
            clean_key = key if key is None or isinstance(key, bool | int) else _clean(str(key), "", loc, None)
            where = f"{pointer}/{str(clean_key).replace('~', '~0').replace('/', '~1')}"
            if clean_key != key:
                note(where, f"the key {clean_key!r} was a lone UTF-16 surrogate" if isinstance(key, str)
                     else f"the key ({type(key).__name__}) written as a string")
            out[clean_key] = _clean(item, where, loc, problems)
        return out
    if isinstance(value, list | tuple):
        return [_clean(item, f"{pointer}/{i}", loc, problems) for i, item in enumerate(value)]
    note(pointer, f"a {type(value).__name__} written as its text")
    return _clean(str(value), pointer, loc, None)


def spec_value_problems(spec: dict[str, Any]) -> list[Diagnostic]:
    """A diagnostic per value of `spec` that `dump_spec` has to replace (JSON cannot hold it)."""
    problems: list[Diagnostic] = []
    _clean(spec, "", _SPEC_LOC, problems)
    return problems


# --- the spec as text -----------------------------------------------------------------------------------------------

# libyaml's emitter when PyYAML was built with it (the wheels are), else the pure-Python one: same output.
_Base: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_Base):  # type: ignore[valid-type,misc]
    """Safe YAML with no anchors/aliases, so identical examples are written out in full."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str_representer(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    style = "|" if "\n" in data and all(ch.isprintable() or ch == "\n" for ch in data) and not any(
        line != line.rstrip() for line in data.split("\n")) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _str_representer)


def dump_spec(spec: dict[str, Any], fmt: str = "yaml") -> str:
    """The spec as JSON (`fmt="json"`) or YAML text. Never raises; see `spec_value_problems` for what it replaces."""
    clean = _clean(spec, "", _SPEC_LOC, None)
    if fmt == "json":
        return json.dumps(clean, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    text = yaml.dump(clean, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120, default_flow_style=False)
    assert isinstance(text, str)
    return text


# libyaml's parser when PyYAML was built with it: the same data as yaml.safe_load (the resolvers are PyYAML's own),
# about 8x faster on a spec (0.5 s of gaussdb-opengauss's 390 kB in pure Python)
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """`yaml.safe_load` with libyaml where available: a spec, a doc-defect list (raises yaml.YAMLError as it does)."""
    return yaml.load(text, Loader=_Loader)


def dump_report(report: dict[str, Any]) -> str:
    clean = _clean(report, "", _SPEC_LOC, None)
    return json.dumps(clean, indent=2, ensure_ascii=False, sort_keys=False, allow_nan=False) + "\n"


# --- files: written beside the target, renamed into place -----------------------------------------------------------


def _prepare_parent(path: Path) -> list[Path]:
    """Create the missing folders above `path`; the ones created, outermost first (removed again on failure)."""
    missing: list[Path] = []
    parent = path.parent
    while not parent.exists():
        missing.append(parent)
        if parent.parent == parent:
            break
        parent = parent.parent
    if parent.exists() and not parent.is_dir():
        raise WriteError(path, f"{parent} is not a directory")
    created: list[Path] = []
    try:
        for folder in reversed(missing):
            folder.mkdir()
            created.append(folder)
    except OSError as exc:
        _remove_folders(created)
        raise WriteError(path, _reason(exc)) from exc
    return created


def _remove_folders(created: Sequence[Path]) -> None:
    for folder in reversed(created):
        try:
            folder.rmdir()
        except OSError:
            pass


def _sibling(path: Path, suffix: str) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}{suffix}")


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # not every file system syncs a directory
    finally:
        os.close(fd)


def _write_temp(path: Path, data: bytes) -> Path:
    """`data` in a new file beside `path`, flushed and fsynced; removed again when anything fails."""
    while True:
        temp = _sibling(path, ".tmp")
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            break
        except FileExistsError:
            continue
        except OSError as exc:
            raise WriteError(path, _reason(exc)) from exc
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        if path.exists():
            os.chmod(temp, path.stat().st_mode & 0o7777)  # an existing output keeps its permissions
    except BaseException as exc:
        _unlink(temp)
        if isinstance(exc, OSError):
            raise WriteError(path, _reason(exc)) from exc
        raise
    return temp


def write_cache_file(path: Path, data: bytes) -> None:
    """One entry of the build cache (`generator/cache.py`): written beside `path` and renamed into place, so a reader
    sees the old entry, the new one or none, never half of one. Not fsynced: an entry a crash cut short fails its
    hash check and is read anew. Raises OSError (a full disk, a read-only folder): the cache then stops writing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = _sibling(path, ".tmp")
    try:
        with open(temp, "xb") as out:
            out.write(data)
        os.replace(temp, path)
    except BaseException:
        _unlink(temp)
        raise


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass  # gone already, or nothing more can be done: the caller reports the first failure


def _backup(path: Path) -> Path | None:
    """A second name for the old `path` (a hard link, else a copy) to put back if a later rename fails."""
    if not path.exists():
        return None
    backup = _sibling(path, ".old")
    try:
        os.link(path, backup)
    except OSError:
        try:
            shutil.copy2(path, backup)
        except OSError as exc:
            _unlink(backup)
            raise WriteError(path, _reason(exc)) from exc
    return backup


def write_files(outputs: Sequence[tuple[Path, str]]) -> None:
    """Write every `(path, text)` (UTF-8) or none of them. Raises `WriteError` naming the path that failed."""
    created: list[Path] = []
    temps: dict[Path, Path] = {}
    backups: dict[Path, Path | None] = {}
    renamed: list[Path] = []
    if len({path.resolve() for path, _ in outputs}) != len(outputs):
        raise WriteError(outputs[-1][0], "named twice among the outputs")
    try:
        for path, text in outputs:
            if path.is_dir():
                raise WriteError(path, "is a directory")
            created += _prepare_parent(path)
            temps[path] = _write_temp(path, text.encode("utf-8"))
        for path, _ in outputs[:-1]:
            backups[path] = _backup(path)
        for path, _ in outputs:
            try:
                os.replace(temps[path], path)
            except OSError as exc:
                raise WriteError(path, _reason(exc)) from exc
            renamed.append(path)
        for folder in dict.fromkeys(path.parent for path, _ in outputs):
            _fsync_dir(folder)
    except BaseException:  # also on an interrupt: no temporary left, the old outputs back
        for path in reversed(renamed):  # put the old ones back: all or nothing
            backup = backups.get(path)
            try:
                if backup is not None:
                    os.replace(backup, path)
                else:
                    path.unlink()
            except OSError:
                pass
        for temp in temps.values():
            _unlink(temp)
        _remove_folders(created)
        raise
    finally:
        for backup in backups.values():
            if backup is not None:
                _unlink(backup)


def write_spec(spec: dict[str, Any], path: Path) -> None:
    write_files([(path, dump_spec(spec, "json" if path.suffix == ".json" else "yaml"))])


def write_report(report: dict[str, Any], path: Path) -> None:
    write_files([(path, dump_report(report))])


# --- a generated project folder: built beside the target, swapped in ------------------------------------------------


def _new_folder(target: Path, suffix: str) -> Path:
    while True:
        folder = _sibling(target, suffix)
        try:
            folder.mkdir()  # mode 0o777 less the umask, like any folder the user creates
            return folder
        except FileExistsError:
            continue


def stage_tree(target: Path) -> Path:
    """A new empty folder beside `target` to build the next version of it in. Raises `WriteError`."""
    if target.is_symlink():  # replacing it would put a folder where the link was, and leave its target as it was
        raise WriteError(target, "a symbolic link (give the folder it points to)")
    if target.exists() and not target.is_dir():
        raise WriteError(target, "not a directory")
    _prepare_parent(target)
    try:
        return _new_folder(target, ".tmp")
    except OSError as exc:
        raise WriteError(target, _reason(exc)) from exc


def ensure_writable_dir(target: Path) -> None:
    """Raise `WriteError` now, before any work, when no folder can be made beside `target`."""
    discard_tree(stage_tree(target))


def discard_tree(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def _copy_synced(src: str, dst: str) -> str:
    shutil.copy2(src, dst)
    fd = os.open(dst, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return dst


def fill_tree(source: Path, stage: Path, target: Path) -> None:
    """Copy the folder `source` into `stage` (from `stage_tree(target)`), every file fsynced."""
    try:
        shutil.copytree(source, stage, dirs_exist_ok=True, copy_function=_copy_synced)
    except OSError as exc:
        raise WriteError(target, _reason(exc)) from exc


def replace_tree(stage: Path, target: Path) -> None:
    """Swap `stage` in as `target`: the old folder moved aside, the new one renamed in, the old one removed.

    On failure the old folder is back in place, the stage is left for the caller to discard, `WriteError` raised.
    """
    aside: Path | None = None
    try:
        if target.exists():
            aside = _sibling(target, ".old")
            os.rename(target, aside)
        os.rename(stage, target)
    except OSError as exc:
        if aside is not None and not target.exists():
            try:
                os.rename(aside, target)
            except OSError:
                pass
        raise WriteError(target, _reason(exc)) from exc
    _fsync_dir(target.parent)
    if aside is not None:
        discard_tree(aside)



def write_tree(target: Path, files: Mapping[str, str]) -> None:
    """The folder `target` holding exactly `files` (relative POSIX path -> UTF-8 text), built beside it and swapped
    in: a failure at any point leaves the old folder as it was and no temporary. Raises `WriteError`."""
    for name in files:
        parts = name.split("/")
        if not name or name.startswith("/") or any(part in ("", ".", "..") for part in parts):
            raise WriteError(target / name, "not a relative path inside the folder")
    stage = stage_tree(target)
    try:
        for name, text in sorted(files.items()):
            path = stage / name
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
                try:
                    view = memoryview(text.encode("utf-8"))
                    while view:
                        view = view[os.write(fd, view):]
                    os.fsync(fd)
                finally:
                    os.close(fd)
            except OSError as exc:
                raise WriteError(target / name, _reason(exc)) from exc
        replace_tree(stage, target)
    except BaseException:  # also on an interrupt: the old folder stays, the stage goes
        discard_tree(stage)
        raise
