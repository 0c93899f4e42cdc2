""".github/workflows: actionlint (pinned in the dev extra, with shellcheck on the `run:` scripts) finds nothing, and the
two workflows do what the README says: docs-sync per locked service, tests at the locked commits."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.writer import dump_spec, load_yaml
from tests.conftest import PROJECT

WORKFLOWS = PROJECT / ".github" / "workflows"
BIN = Path(sys.executable).parent


def _actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("actionlint", path=str(BIN)) or shutil.which("actionlint")
    assert exe, "actionlint is not installed: pip install -e '.[dev]'"
    assert shutil.which("shellcheck", path=str(BIN)) or shutil.which("shellcheck"), "shellcheck is not installed"
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run([exe, "-no-color", *map(str, files)], cwd=PROJECT, env=env, capture_output=True, text=True,
                          check=False)


def _load(name: str) -> dict[Any, Any]:
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def _runs(job: dict[str, Any]) -> str:
    return "\n".join(str(step.get("run", "")) for step in job["steps"])


def test_actionlint_is_clean_on_both_workflows() -> None:
    files = sorted(WORKFLOWS.glob("*.yml"))
    assert [f.name for f in files] == ["docs-sync.yml", "tests.yml"]
    result = _actionlint(*files)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_actionlint_reports_a_broken_workflow(tmp_path: Path) -> None:
    """The check above can fail: an unknown context and an unquoted variable (shellcheck) are reported."""
    bad = tmp_path / "bad.yml"
    bad.write_text("name: bad\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
                   "      - run: echo $FOO ${{ nosuch.value }}\n", encoding="utf-8")
    result = _actionlint(bad)
    assert result.returncode == 1
    assert "SC2086" in result.stdout and "nosuch" in result.stdout


def test_docs_sync_runs_per_locked_service_and_opens_a_diff_pull_request() -> None:
    wf = _load("docs-sync.yml")
    assert {"schedule", "workflow_dispatch", "repository_dispatch"} == set(wf["on"])
    services, sync = wf["jobs"]["services"], wf["jobs"]["sync"]
    assert "scripts/fetch_docs.py --matrix" in _runs(services)
    assert sync["strategy"]["matrix"]["service"] == "${{ fromJSON(needs.services.outputs.matrix) }}"
    runs = _runs(sync)
    order = ["fetch_docs.py --head", "rst2openapi lock", "rst2openapi build", "rst2openapi generate", "pytest",
             "rst2openapi diff"]
    assert all(step in runs for step in order), order
    assert [runs.index(step) for step in order] == sorted(runs.index(step) for step in order)
    assert "--format markdown --fail-on breaking" in runs
    pr = next(s for s in sync["steps"] if str(s.get("uses", "")).startswith("peter-evans/create-pull-request@"))
    assert pr["with"]["body-path"] == "${{ runner.temp }}/body.md"
    assert "breaking-change" in pr["with"]["labels"]
    assert pr["with"]["branch"] == "docs-sync/${{ matrix.service }}"
    assert set(pr["with"]["add-paths"].splitlines()) == {f"{d}/${{{{ matrix.service }}}}{s}" for d, s in
                                                    (("spec", ".yaml"), ("spec", ".source"), ("generated", ""))}


def test_tests_workflow_runs_the_test_command_at_the_locked_commits() -> None:
    wf = _load("tests.yml")
    assert {"push", "pull_request"} <= set(wf["on"])
    runs = _runs(wf["jobs"]["tests"])
    fetch_corpus = runs.index("scripts/fetch_docs.py --dest ../shared/corpus\n")
    fetch_history = runs.index("scripts/fetch_docs.py --lock tests/diff/history --dest ../shared/corpus-history")
    assert "--head" not in runs
    assert max(fetch_corpus, fetch_history) < runs.index("bash .ci/run")


def test_ci_runs_the_readmes_test_command_in_two_processes() -> None:
    """`.ci/run` ends with the README's command 2, which runs the tests in two processes, each file in one
    (tests/conftest.py, FileOrGroupScheduling)."""
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    command = next(line.split("#")[0].strip() for line in readme.splitlines() if line.rstrip().endswith(
        "# 2. the whole test suite (what CI runs), in two processes"))
    assert command == "pytest -n 2 --dist loadfile"
    ci = [line for line in (PROJECT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
          if line.strip() and not line.startswith("#")]
    assert ci[-1] == command


@pytest.mark.parametrize("uses", sorted({str(s["uses"]) for name in ("docs-sync.yml", "tests.yml")
                                         for job in _load(name)["jobs"].values() for s in job["steps"]
                                         if "uses" in s}))
def test_every_action_is_pinned_to_a_release(uses: str) -> None:
    _, _, ref = uses.partition("@")
    assert ref and ref not in ("main", "master", "latest"), uses


def _step_script(workflow: str, job: str, step_id: str) -> str:
    step = next(s for s in _load(workflow)["jobs"][job]["steps"] if s.get("id") == step_id)
    return "set -e\n" + str(step["run"])


def _described(value: Any, suffix: str) -> Any:
    """`value` with every description changed (a doc-text change each)."""
    if isinstance(value, dict):
        return {k: (v + suffix if k == "description" and isinstance(v, str) else _described(v, suffix))
                for k, v in value.items()}
    if isinstance(value, list):
        return [_described(v, suffix) for v in value]
    return value


def _run_diff_step(tmp_path: Path, old: dict[str, Any], new: dict[str, Any]) -> tuple[str, str, str]:
    """docs-sync's diff step, run as the runner would: (its outputs, the pull-request body, the run's summary)."""
    specs = tmp_path / "specs"
    specs.mkdir()
    old_commit, new_commit = "a" * 40, "b" * 40
    (specs / f"svc@{old_commit[:12]}.yaml").write_text(dump_spec(old), encoding="utf-8")  # as build writes it
    (specs / f"svc@{new_commit[:12]}.yaml").write_text(dump_spec(new), encoding="utf-8")
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", "RUNNER_TEMP": str(tmp_path),
           "SERVICE": "svc", "OLD": old_commit, "NEW": new_commit, "REPOSITORY": "owner/svc", "CONTRACTS": "success",
           "RUN_URL": "https://example.invalid/run", "GITHUB_OUTPUT": str(tmp_path / "out"),
           "GITHUB_STEP_SUMMARY": str(tmp_path / "summary")}
    result = subprocess.run(["bash", "-c", _step_script("docs-sync.yml", "sync", "diff")], cwd=PROJECT, env=env,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    out, body, summary = ((tmp_path / f).read_text(encoding="utf-8") for f in ("out", "body.md", "summary"))
    return out, body, summary


def test_docs_sync_body_is_the_markdown_diff_with_breaking_flag(tmp_path: Path) -> None:
    old = load_yaml((PROJECT / "spec" / "sample-service.yaml").read_text(encoding="utf-8"))
    new = {**old, "paths": dict(list(old["paths"].items())[1:])}  # an operation removed: breaking
    outputs, body, summary = _run_diff_step(tmp_path, old, new)
    assert outputs == "breaking=true\n"
    assert body.startswith("Docs: [`owner/svc`](https://github.com/owner/svc/compare/" + "a" * 40 + "..." + "b" * 40)
    assert "### API diff: svc@aaaaaaaaaaaa.yaml → svc@bbbbbbbbbbbb.yaml" in body
    assert "#### Breaking changes (" in body and "| operation-removed |" in body
    assert summary == body
    same = tmp_path / "same"
    same.mkdir()
    outputs, body, _ = _run_diff_step(same, old, old)
    assert outputs == "breaking=false\n" and body.endswith("**no changes**\n")


def test_docs_sync_body_is_cut_to_what_a_pull_request_holds(tmp_path: Path) -> None:
    old = load_yaml((PROJECT / "spec" / "gaussdb-opengauss.yaml").read_text(encoding="utf-8"))
    outputs, body, summary = _run_diff_step(tmp_path, old, _described(old, " Changed."))
    assert outputs == "breaking=false\n"
    assert len(summary) > 65536 > len(body) > 59000
    assert body.endswith("the whole diff is in the summary of [the docs-sync run](https://example.invalid/run).\n")
    assert body.count("<details>") == body.count("</details>")
