"""What `generate` knows of its output folder: the marker that lists its own files (the manifest), and what else is
in the folder (the user's: notes, a virtualenv, own tests), which a regeneration carries over."""

from __future__ import annotations

from pathlib import Path

__all__ = ["FAILED", "MARKER", "own_files", "user_entries", "write_marker"]

MARKER = ".rst2openapi-client"  # a folder holding this file was written by generate; it lists generate's files
FAILED = "CHECKS_FAILED.txt"  # in a client written although it fails its checks (--force, or for inspection)


def write_marker(stage: Path, version: str, failed: list[str]) -> None:
    """The marker (generator version, manifest) and, for a client that fails its checks (`failed`: its findings),
    `CHECKS_FAILED.txt`."""
    head = f"openapi-python-client {version}\n"
    if failed:
        (stage / FAILED).write_text(f"This client FAILS the checks of `rst2openapi generate` ({len(failed)} findings) "
                                    "and was written with --force or for inspection:\n\n" + "\n".join(failed) + "\n",
                                    encoding="utf-8")
        head += f"checks: FAILED ({len(failed)} findings, see {FAILED})\n"
    files = sorted(p.relative_to(stage).as_posix() for p in stage.rglob("*") if p.is_file() or p.is_symlink())
    (stage / MARKER).write_text(head + "files:\n" + "".join(f"  {f}\n" for f in files if f != MARKER),
                                encoding="utf-8")


def own_files(folder: Path) -> set[str] | None:
    """The files the manifest of `folder`'s marker lists (None: no manifest, a marker of an earlier version)."""
    try:
        text = (folder / MARKER).read_text(encoding="utf-8")
    except OSError:
        return None
    if "\nfiles:\n" not in text:
        return None
    return {line.strip() for line in text.split("\nfiles:\n", 1)[1].splitlines() if line.strip()}


def user_entries(out_dir: Path) -> list[str]:
    """The topmost files and folders of `out_dir` its manifest does not list (a folder holding none of generate's
    files is one entry). An earlier marker without a manifest: everything is generate's, as it was."""
    owned = own_files(out_dir)
    if owned is None or not out_dir.is_dir():
        return []
    found: list[str] = []

    def walk(folder: Path, rel: str) -> None:
        for entry in sorted(folder.iterdir()):
            path = f"{rel}{entry.name}"
            if path == MARKER:
                continue
            if entry.is_dir() and not entry.is_symlink() and any(o.startswith(path + "/") for o in owned):
                walk(entry, path + "/")
            elif path not in owned:
                found.append(path)

    walk(out_dir, "")
    return found
