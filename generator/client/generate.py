"""Run the pinned openapi-python-client on the generation view, finish the package and check what came out.

Steps: the view (`view.generation_view`) is written to a temporary folder with a config naming the package; the
generator runs as a subprocess with `--fail-on-warning`; the result is post-processed (`postprocess.py`: real paths,
wire names, request validation, redacted reprs, the shipped runtime and its dependencies), the contract suite is
written (`contract.py`), and what came out is checked (`verify.py`: every operation a module, every property a typed
attribute, every enum a class with all its values). The project is checked beside the output folder and swapped in
(`_install`). Findings are returned as diagnostics (`result.py`), never printed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from generator.client.contract import write_suite
from generator.client.defects import load_defects
from generator.client.install import FAILED, MARKER, own_files, user_entries, write_marker
from generator.client.iterators import add_iterators
from generator.client.paging import paging_schemes
from generator.client.postprocess import endpoint_modules, service_type
from generator.client.postprocess import postprocess as _postprocess
from generator.client.readme import render_readme
from generator.client.redact import ruff_command, sort_imports
from generator.client.result import FATAL as _FATAL
from generator.client.result import GenerateResult
from generator.client.result import diag as _diag
from generator.client.verify import check_output
from generator.client.view import GenerationView, generation_view
from generator.writer import WriteError, discard_tree, ensure_writable_dir, fill_tree, replace_tree, stage_tree

__all__ = ["FAILED", "GENERATOR_VERSION", "MARKER", "GenerateResult", "check_output", "generate_client", "own_files"]

GENERATOR_VERSION = "0.29.1"
_PAGING_RUNTIME = Path(__file__).with_name("runtime_paging.py")


def _generator_command() -> list[str]:
    return [sys.executable, "-m", "openapi_python_client"]


def generate_client(spec: dict[str, Any], out_dir: Path, package_name: str, force: bool = False,
                    defects: Mapping[str, Any] | None = None, accept_defects: bool = False) -> GenerateResult:
    """Generate the client package of `spec` into `out_dir` (a project folder: setup.py, README, the package).

    The contract suite's doc-defect list is the reviewed list `defects`, by default the one `out_dir` holds
    (`tests/doc_defects.yaml`; none: empty); a candidate it does not hold as found is a `contract-defect-*` warning
    (`contract.write_suite`), and with `accept_defects` the list written is the candidates.

    The project is built and checked in a folder beside `out_dir` and swapped in only when its checks pass, when
    `out_dir` does not exist yet or with `force`; otherwise `out_dir` is left as it was (`kept`). Raises
    `writer.WriteError` when `out_dir` cannot be written (checked before the generator runs).
    """
    view = generation_view(spec)
    result = GenerateResult(package_dir=None, view=view)
    ensure_writable_dir(out_dir)
    if out_dir.exists() and any(out_dir.iterdir()) and not (out_dir / MARKER).exists():
        result.diagnostics.append(_diag("client-generator-failed", f"{out_dir} exists and was not written by generate"))
        return result
    with tempfile.TemporaryDirectory(prefix="rst2openapi-client-") as tmp_name:
        tmp = Path(tmp_name)
        (tmp / "view.json").write_text(json.dumps(view.spec), encoding="utf-8")
        config = {"package_name_override": package_name, "project_name_override": package_name.replace("_", "-")}
        (tmp / "config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
        env = dict(os.environ)
        env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")  # ruff post-hooks
        started = time.perf_counter()
        proc = subprocess.run(
            [*_generator_command(), "generate", "--path", str(tmp / "view.json"), "--config", str(tmp / "config.yaml"),
             "--meta", "setup", "--output-path", str(tmp / "out"), "--fail-on-warning"],
            capture_output=True, text=True, env=env, check=False,
        )
        result.seconds = time.perf_counter() - started
        output = (proc.stdout + proc.stderr).strip()
        if proc.returncode != 0 or "warning" in output.lower():
            code = "client-generator-failed" if not (tmp / "out").is_dir() else "client-generator-warning"
            result.diagnostics.append(_diag(code, f"openapi-python-client exit {proc.returncode}: {output[-2000:]}"))
            if not (tmp / "out").is_dir():
                return result
        package = tmp / "out" / package_name
        result.diagnostics.extend(_postprocess(spec, view, package, tmp / "out"))
        _paging(spec, view, package, tmp / "out", result)
        readme = render_readme(spec, view, package, package_name, result.iterators, service_type(spec))
        (tmp / "out" / "README.md").write_text(readme, encoding="utf-8")  # after the iterators: it shows one
        shutil.rmtree(tmp / "out" / ".ruff_cache", ignore_errors=True)  # left by the generator's ruff post-hooks
        reviewed = defects if defects is not None else _reviewed_defects(out_dir)
        result.suite = write_suite(spec, view, tmp / "out", package_name, reviewed, accept_defects)
        result.diagnostics.extend(result.suite.diagnostics)
        _install(tmp / "out", out_dir, package_name, view, result, force)
    return result


def _paging(spec: dict[str, Any], view: GenerationView, package: Path, project: Path, result: GenerateResult) -> None:
    """`iterate_<operation>` for each paged list operation (`paging.py`, `iterators.py`), and the `_paging` runtime."""
    schemes, notes = paging_schemes(spec, view)
    modules = endpoint_modules(package)
    paths = {op_id: modules[stem] for op_id, stem in view.modules.items() if stem in modules}
    result.iterators, failed = add_iterators(schemes, paths, package)
    result.paging_notes = notes + failed
    if result.iterators:
        shutil.copyfile(_PAGING_RUNTIME, package / "_paging.py")
        sort_imports(package, project)


def _reviewed_defects(out_dir: Path) -> dict[str, Any] | None:
    """The doc-defect list of the suite `out_dir` holds (what a person reviewed and committed), or None."""
    path = out_dir / "tests" / "doc_defects.yaml"
    return load_defects(path.read_text(encoding="utf-8")) if path.is_file() else None


def _install(project: Path, out_dir: Path, package_name: str, view: GenerationView, result: GenerateResult,
             force: bool) -> None:
    """Copy `project` beside `out_dir`, check it there, and swap it in unless it fails and `out_dir` exists.

    What is in `out_dir` and not in the manifest of the client that is there (`MARKER`: the files generate wrote)
    is the user's (notes, a virtualenv, own tests): it is moved into the new folder before the swap, and back when
    the swap fails. A client that fails its checks and is written anyway (`force`, or no earlier folder) says so in
    `CHECKS_FAILED.txt` and in its marker."""
    stage = stage_tree(out_dir)
    moved: list[str] = []
    try:
        fill_tree(project, stage, out_dir)
        check_output(view, stage / package_name, result)
        lint = subprocess.run([*ruff_command(), "check", "--no-cache", "-q", package_name],
                              cwd=stage, capture_output=True, text=True, check=False)
        if lint.returncode != 0:
            result.diagnostics.append(_diag("client-lint-failed", f"ruff check on the client: {lint.stdout[-2000:]}"))
        user = user_entries(out_dir)
        clash = sorted(rel for rel in user if (stage / rel).exists() or (stage / rel).is_symlink())
        if clash:
            result.diagnostics.append(_diag("client-generator-failed", f"{out_dir / clash[0]} is not generate's (not "
                                            f"in {MARKER}) and the new client writes a file there: move it away"))
        if not clash and (result.ok or force or not out_dir.exists()):
            write_marker(stage, GENERATOR_VERSION, [str(d) for d in result.diagnostics if d.code in _FATAL])
            for rel in user:
                (stage / rel).parent.mkdir(parents=True, exist_ok=True)
                os.rename(out_dir / rel, stage / rel)
                moved.append(rel)
            replace_tree(stage, out_dir)
            moved = []
            result.package_dir = out_dir / package_name
        else:
            result.kept = True
    except OSError as exc:
        raise WriteError(out_dir, str(exc)) from exc
    finally:
        for rel in moved:  # the swap failed: the user's files go back where they were
            os.rename(stage / rel, out_dir / rel)
        discard_tree(stage)  # gone already when it was swapped in


