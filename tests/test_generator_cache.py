"""tests/generator_cache.py: which runs of openapi-python-client it keeps, and a replay says and returns what the run
did. The generator is stood in for by a function that writes an output folder and says what a run would."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests import generator_cache

WARNED = ("Generating {out}\n\nWarning(s) encountered while generating. Client was generated, but some pieces may be "
          "missing\n\nWARNING parsing GET /v1/widgets within widgets. Endpoint will not be generated.\n")
TRACEBACK = "Traceback (most recent call last):\n  ...\nOSError: [Errno 28] No space left on device\n"


def _stand_in(runs: list[list[str]], returncode: int, said: str) -> Any:
    def run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        runs.append(command)
        out = Path(command[command.index("--output-path") + 1])
        (out / "pkg").mkdir(parents=True)
        (out / "pkg" / "__init__.py").write_text(f"# run {len(runs)}\n", encoding="utf-8")
        return subprocess.CompletedProcess(command, returncode, said.format(out=out), "")
    return run


def _generate(tmp_path: Path, cache: Path, name: str) -> tuple[int, Path]:
    (tmp_path / "view.json").write_text('{"openapi": "3.1.0"}', encoding="utf-8")
    out = tmp_path / name
    code = generator_cache.main([str(cache), "generate", "--path", str(tmp_path / "view.json"), "--fail-on-warning",
                                 "--output-path", str(out)])
    return code, out


@pytest.mark.parametrize(("returncode", "said", "kept"), [
    (0, "Generating {out}\n", True),
    (1, WARNED, True),
    (1, WARNED + TRACEBACK, False),
    (1, TRACEBACK, False),
    (2, WARNED, False),
])
def test_a_run_is_kept_when_it_succeeded_or_stopped_at_a_warning_and_replayed_as_it_was(
        returncode: int, said: str, kept: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    runs: list[list[str]] = []
    monkeypatch.setattr(subprocess, "run", _stand_in(runs, returncode, said))
    cache = tmp_path / "cache"
    first, out1 = _generate(tmp_path, cache, "one")
    first_said = capsys.readouterr().out
    second, out2 = _generate(tmp_path, cache, "two")
    second_said = capsys.readouterr().out
    assert first == second == returncode
    assert len(runs) == (1 if kept else 2)
    assert second_said == first_said.replace(str(out1), str(out2))
    assert (out2 / "pkg" / "__init__.py").read_text(encoding="utf-8") == f"# run {1 if kept else 2}\n"
