"""The writer: outputs replaced atomically or not at all, and spec text that is always valid JSON or YAML."""

from __future__ import annotations

import errno
import json
import math
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import writer
from generator.writer import (
    WriteError,
    dump_spec,
    fill_tree,
    replace_tree,
    spec_value_problems,
    stage_tree,
    write_files,
)
from tests.conftest import examples


def _no_constant(name: str) -> Any:
    raise ValueError(f"not JSON: {name}")


def _strict_json(text: str) -> Any:
    """json.loads that refuses NaN/Infinity and text that is not UTF-8 encodable."""
    text.encode("utf-8")
    return json.loads(text, parse_constant=_no_constant)


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- dump_spec ------------------------------------------------------------------------------------------------------

BAD = {
    "paths": {"/x": {"post": {"x-doc-source": "apis/x.rst:12", "examples": {
        "big": 1e999 * 1, "small": -math.inf, "nan": math.nan, "text": "a\ud800b", "pair": "\ud83d\ude00",
        "\udc00key": [1.5, "ok"], "tuple": (1, 2), "set": {3},
    }}}},
}


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_values_json_cannot_hold_are_replaced_and_the_text_stays_valid(fmt: str) -> None:
    text = dump_spec(BAD, fmt)
    data = _strict_json(text) if fmt == "json" else yaml.safe_load(text)
    if fmt == "yaml":
        _strict_json(json.dumps(data, allow_nan=False, ensure_ascii=False))
    examples = data["paths"]["/x"]["post"]["examples"]
    assert examples["big"] is None and examples["small"] is None and examples["nan"] is None
    assert examples["text"] == "a\ufffdb"
    assert examples["pair"] == "\U0001f600"  # a surrogate pair is one character, not two replacements
    assert examples["\ufffdkey"] == [1.5, "ok"] and examples["tuple"] == [1, 2] and examples["set"] == "{3}"


def test_each_replaced_value_is_a_diagnostic_at_its_doc_source() -> None:
    problems = spec_value_problems(BAD)
    assert {d.code for d in problems} == {"spec-value-replaced"}
    assert {str(d.loc) for d in problems} == {"apis/x.rst:12"}
    pointers = sorted(d.message.split(":")[0] for d in problems)
    base = "/paths/~1x/post/examples/"
    assert pointers == sorted(base + k for k in ("big", "small", "nan", "text", "\ufffdkey", "set"))
    assert spec_value_problems({"a": [1, 2.5, "ok", None, True]}) == []


_SCALARS = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(st.characters(codec=None, exclude_categories=()), max_size=12)
)
_KEYS = st.text(st.characters(codec=None, exclude_categories=()), max_size=6)
_VALUES = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_KEYS, inner, max_size=4),
                       max_leaves=20)


@settings(max_examples=examples(300), deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(_KEYS, _VALUES, max_size=4))
def test_dump_spec_never_raises_and_reads_back(value: dict[str, Any]) -> None:
    as_json = _strict_json(dump_spec(value, "json"))
    as_yaml = yaml.safe_load(dump_spec(value, "yaml"))
    assert as_yaml == as_json  # YAML and JSON carry the same data
    if not spec_value_problems(value):  # nothing had to be replaced: the data comes back as it was
        assert as_json == value


# --- write_files: all or nothing ------------------------------------------------------------------------------------


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    spec, report = tmp_path / "spec.yaml", tmp_path / "report.json"
    spec.write_text("old spec\n" * 10_000)  # 90 kB: more than one 64 KiB write
    report.write_text('{"old": true}\n')
    return spec, report


NEW_SPEC, NEW_REPORT = "new spec\n" * 20_000, '{"new": true}\n'


def test_write_files_replaces_both_and_leaves_nothing_else(pair: tuple[Path, Path]) -> None:
    spec, report = pair
    os.chmod(spec, 0o640)
    write_files([(spec, NEW_SPEC), (report, NEW_REPORT)])
    assert spec.read_text() == NEW_SPEC and report.read_text() == NEW_REPORT
    assert _listing(spec.parent) == ["report.json", "spec.yaml"]
    assert stat.S_IMODE(spec.stat().st_mode) == 0o640  # an existing output keeps its permissions


def _fail_at(monkeypatch: pytest.MonkeyPatch, names: tuple[str, ...], nth: int) -> list[str]:
    """Make the `nth` call (0-based) to any of the os functions `names` raise ENOSPC; returns the calls seen."""
    calls: list[str] = []
    for name in names:
        real = getattr(os, name)

        def fake(*args: Any, _real: Callable[..., Any] = real, _name: str = name, **kwargs: Any) -> Any:
            calls.append(_name)
            if len(calls) - 1 == nth:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            if _name == "write" and len(args[1]) > 65536:  # short writes, like a pipe or a full disk
                return _real(args[0], args[1][:65536])
            return _real(*args, **kwargs)

        monkeypatch.setattr(os, name, fake)
    return calls


OS_CALLS = ("open", "write", "fsync", "link", "replace")


def _count_calls(tmp_path: Path) -> int:
    spec, report = tmp_path / "count" / "spec.yaml", tmp_path / "count" / "report.json"
    spec.parent.mkdir()
    spec.write_text("x")
    report.write_text("y")
    with pytest.MonkeyPatch.context() as mp:
        calls = _fail_at(mp, OS_CALLS, -1)
        write_files([(spec, NEW_SPEC), (report, NEW_REPORT)])
    return len(calls)


def test_a_failure_at_any_step_leaves_the_old_pair_byte_for_byte(pair: tuple[Path, Path], tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    spec, report = pair
    old = spec.read_bytes(), report.read_bytes()
    steps = _count_calls(tmp_path)
    assert steps >= 9  # open, 2+ writes, fsync per file; a link for the backup; two renames; directory fsync
    outcomes = []
    for nth in range(steps):
        with monkeypatch.context() as mp:
            calls = _fail_at(mp, OS_CALLS, nth)
            try:
                write_files([(spec, NEW_SPEC), (report, NEW_REPORT)])
                outcome = "written"
            except WriteError as exc:
                assert exc.reason == "No space left on device" and exc.path in (spec, report)
                outcome = f"kept ({calls[nth]})"
        now = spec.read_bytes(), report.read_bytes()
        if outcome == "written":  # a failing directory fsync after both renames is harmless
            assert now == (NEW_SPEC.encode(), NEW_REPORT.encode())
            spec.write_bytes(old[0])
            report.write_bytes(old[1])
        else:
            assert now == old, f"call {nth} ({calls[nth]}) failed and the pair changed"
        assert _listing(spec.parent) == ["count", "report.json", "spec.yaml"], f"call {nth}: a temporary was left"
        outcomes.append(outcome)
    assert {"kept (write)", "kept (replace)", "kept (fsync)", "kept (open)"} <= set(outcomes)


def test_a_half_written_spec_never_replaces_the_old_one(pair: tuple[Path, Path],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    spec, report = pair
    old = spec.read_bytes(), report.read_bytes()
    calls = _fail_at(monkeypatch, ("write",), 1)  # the first 64 KiB are written, then the disk is full
    with pytest.raises(WriteError, match=r"cannot write .*spec.yaml: No space left on device"):
        write_files([(spec, NEW_SPEC), (report, NEW_REPORT)])
    assert calls == ["write", "write"]
    assert (spec.read_bytes(), report.read_bytes()) == old
    assert _listing(spec.parent) == ["report.json", "spec.yaml"]


def test_the_second_rename_failing_puts_the_first_back(pair: tuple[Path, Path],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    spec, report = pair
    old = spec.read_bytes(), report.read_bytes()
    calls = _fail_at(monkeypatch, ("replace",), 1)
    with pytest.raises(WriteError, match=r"report\.json: No space left on device"):
        write_files([(spec, NEW_SPEC), (report, NEW_REPORT)])
    assert calls[:2] == ["replace", "replace"]  # the spec was renamed in, then put back
    assert (spec.read_bytes(), report.read_bytes()) == old
    assert _listing(spec.parent) == ["report.json", "spec.yaml"]


def test_a_new_output_is_removed_again_when_its_partner_fails(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    spec, report = tmp_path / "out" / "deep" / "spec.yaml", tmp_path / "report.json"
    _fail_at(monkeypatch, ("replace",), 1)
    with pytest.raises(WriteError):
        write_files([(spec, NEW_SPEC), (report, NEW_REPORT)])
    assert _listing(tmp_path) == []  # neither file, and not the folders made for the spec


@pytest.mark.parametrize("case", ["directory", "parent-is-a-file", "twice"])
def test_unwritable_targets_are_a_write_error(case: str, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("keep")
    target = {"directory": tmp_path, "parent-is-a-file": tmp_path / "file" / "x.yaml",
              "twice": tmp_path / "x.yaml"}[case]
    outputs = [(target, "a")] + ([(tmp_path / "." / "x.yaml", "b")] if case == "twice" else [])
    with pytest.raises(WriteError) as info:
        write_files(outputs)
    reason = {"directory": "is a directory", "parent-is-a-file": f"{tmp_path / 'file'} is not a directory",
              "twice": "named twice among the outputs"}[case]
    assert info.value.reason == reason
    assert _listing(tmp_path) == ["file"] and (tmp_path / "file").read_text() == "keep"


# --- a project folder, swapped in -----------------------------------------------------------------------------------


@pytest.fixture
def project(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    target, fresh = tmp_path / "out" / "client", tmp_path / "fresh"
    target.mkdir(parents=True)
    (target / "old.py").write_text("old")
    (fresh / "pkg").mkdir(parents=True)
    (fresh / "pkg" / "new.py").write_text("new")
    yield target, fresh


def test_a_project_is_built_beside_the_target_and_swapped_in(project: tuple[Path, Path]) -> None:
    target, fresh = project
    stage = stage_tree(target)
    assert stage.parent == target.parent and stage.name.startswith(".client.")
    fill_tree(fresh, stage, target)
    replace_tree(stage, target)
    assert [p.relative_to(target).as_posix() for p in sorted(target.rglob("*"))] == ["pkg", "pkg/new.py"]
    assert _listing(target.parent) == ["client"]


def test_a_failed_swap_brings_the_old_project_back(project: tuple[Path, Path],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    target, fresh = project
    stage = stage_tree(target)
    fill_tree(fresh, stage, target)
    real = os.rename

    def rename(src: Any, dst: Any) -> None:
        if Path(src) == stage:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(src, dst)

    monkeypatch.setattr(writer.os, "rename", rename)
    with pytest.raises(WriteError, match="No space left on device"):
        replace_tree(stage, target)
    writer.discard_tree(stage)
    assert _listing(target) == ["old.py"] and (target / "old.py").read_text() == "old"
    assert _listing(target.parent) == ["client"]


def test_a_file_where_the_project_goes_is_a_write_error(tmp_path: Path) -> None:
    (tmp_path / "client").write_text("a file")
    with pytest.raises(WriteError, match="client: not a directory"):
        stage_tree(tmp_path / "client")
    assert _listing(tmp_path) == ["client"]


# --- write_tree: a site of text files, built beside the target and swapped in ---------------------------------------


def test_write_tree_replaces_the_folder_with_exactly_the_files(tmp_path: Path) -> None:
    target = tmp_path / "site"
    target.mkdir()
    (target / "stale.html").write_text("old")
    writer.write_tree(target, {"index.html": "<p>é</p>", "services/a.html": "a"})
    assert sorted(p.relative_to(target).as_posix() for p in target.rglob("*")) == [
        "index.html", "services", "services/a.html"]
    assert (target / "index.html").read_text(encoding="utf-8") == "<p>é</p>"
    assert _listing(tmp_path) == ["site"]


@pytest.mark.parametrize("call", ["write", "fsync", "rename"])
def test_a_failed_write_tree_leaves_the_old_site_and_no_temporary(call: str, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "site"
    target.mkdir()
    (target / "index.html").write_text("old")

    def fail(*args: Any, **kwargs: Any) -> Any:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(writer.os, call, fail)
    with pytest.raises(WriteError, match="No space left on device"):
        writer.write_tree(target, {"index.html": "new", "services/a.html": "a"})
    assert _listing(target) == ["index.html"] and (target / "index.html").read_text() == "old"
    assert _listing(tmp_path) == ["site"]


@pytest.mark.parametrize("name", ["../escape.html", "/abs.html", "a//b.html", "./x.html", ""])
def test_write_tree_refuses_a_name_outside_the_folder(name: str, tmp_path: Path) -> None:
    with pytest.raises(WriteError, match="not a relative path inside the folder"):
        writer.write_tree(tmp_path / "site", {name: "x"})
    assert _listing(tmp_path) == []
