"""`python tests/generator_cache.py CACHE_DIR ARGS...`: openapi-python-client (`python -m openapi_python_client ARGS`),
its output kept in CACHE_DIR by what decides it, for the tests (tests/conftest.py, `generator_output_cache`).

The client generator is pinned and deterministic: the same view spec and config give the same files, whatever the
output folder (only the folder's name in its one line of output differs, and is put back). Most tests generate the
client of a small fixture spec, many of them the same one (the sample service: generate's folder handling, `check`'s
comparisons), and a warm rerun generates the same ones again: each distinct input runs the generator once, later ones
get a copy of its files and its output. What rst2openapi does with them (post-processing, the iterators, the contract
suite, the checks, the swap into place) runs every time.

The key: the bytes of `--path` and `--config`, the other arguments, Python's version and the versions of
openapi-python-client and ruff (its post-hooks format the files). A run that succeeded is kept, and so is one that
generated the client but stops at a warning (`--fail-on-warning`: exit 1, the generator's own "Warning(s)
encountered" and no traceback), which the tests of a client failing its checks generate again and again; it is
replayed with its exit status. Any other failing run (a traceback, a signal, no output folder) runs every time. An
entry is written beside its place and renamed into it (two processes writing one key: the first wins, both give the
same files). Standard library only: it runs as a script, before anything of the project is imported.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

FOLDER_PLACEHOLDER = "\x00OUTPUT\x00"
GENERATED_WITH_WARNINGS = "Warning(s) encountered while generating"
_FILE_ARGUMENTS = ("--path", "--config")


def cache_key(args: list[str]) -> tuple[str, Path | None]:
    """The entry's key for these generator arguments, and the output folder they name (None: none named)."""
    digest = hashlib.sha256()
    for part in (sys.version, metadata.version("openapi-python-client"), metadata.version("ruff")):
        digest.update(part.encode() + b"\0")
    output: Path | None = None
    pending = ""
    for arg in args:
        if pending in _FILE_ARGUMENTS:
            digest.update(hashlib.sha256(Path(arg).read_bytes()).digest())
        elif pending == "--output-path":
            output = Path(arg)
            digest.update(b"<output>")
        else:
            digest.update(arg.encode())
        digest.update(b"\0")
        pending = arg
    return digest.hexdigest(), output


def _replay(entry: Path, output: Path) -> int:
    shutil.copytree(entry / "out", output)
    said = json.loads((entry / "said.json").read_text(encoding="utf-8"))
    sys.stdout.write(said["stdout"].replace(FOLDER_PLACEHOLDER, str(output)))
    sys.stderr.write(said["stderr"].replace(FOLDER_PLACEHOLDER, str(output)))
    return int(said.get("returncode", 0))


def _keep(entry: Path, output: Path, run: subprocess.CompletedProcess[str]) -> None:
    entry.parent.mkdir(parents=True, exist_ok=True)
    staged = Path(tempfile.mkdtemp(prefix=f".{entry.name}-", dir=entry.parent))
    try:
        shutil.copytree(output, staged / "out", ignore=shutil.ignore_patterns(".ruff_cache"))
        said = {"stdout": run.stdout.replace(str(output), FOLDER_PLACEHOLDER),
                "stderr": run.stderr.replace(str(output), FOLDER_PLACEHOLDER), "returncode": run.returncode}
        (staged / "said.json").write_text(json.dumps(said), encoding="utf-8")
        os.rename(staged, entry)
    except OSError:  # another process kept it first, or the disk is full: the run's own files stand either way
        shutil.rmtree(staged, ignore_errors=True)


def main(argv: list[str]) -> int:
    cache, args = Path(argv[0]), argv[1:]
    key, output = cache_key(args)
    entry = cache / key[:2] / key
    if output is not None and not output.exists() and (entry / "said.json").is_file():
        os.utime(entry)  # used: kept another GENERATOR_CACHE_DAYS (tests/conftest.py)
        return _replay(entry, output)
    run = subprocess.run([sys.executable, "-m", "openapi_python_client", *args], capture_output=True, text=True,
                         check=False)
    sys.stdout.write(run.stdout)
    sys.stderr.write(run.stderr)
    if output is not None and output.is_dir() and kept_as_said(run):
        _keep(entry, output, run)
    return run.returncode


def kept_as_said(run: subprocess.CompletedProcess[str]) -> bool:
    """Whether a run that wrote its output folder is kept: it succeeded, or it generated the client and stopped at
    a warning (what it says and does then depends on nothing but its input)."""
    said = run.stdout + run.stderr
    return run.returncode == 0 or (run.returncode == 1 and GENERATED_WITH_WARNINGS in said and "Traceback" not in said)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
