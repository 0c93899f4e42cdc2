"""`python -m benchmarks.refusals` on a small corpus folder made of the project's own fixtures: one line per service
with its documented request examples, the refused ones and the prose refusals, classified from a classification
file; the client's own validation gives the verdict; `--list` and `--sample`; a crash is a line of its own."""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from benchmarks import refusals
from generator.client import generate_client
from generator.pipeline import build
from tests.conftest import FIXTURES, SAMPLE

LINE = (r"(?P<service>\S+(?: services)?) +(?P<examples>\d+) +(?P<refused>\d+) +(?P<prose_ex>\d+) +(?P<prose>\d+) +"
        r"(?P<defect>\d+) +(?P<false>\d+) +(?P<unclass>\d+)")
CRATES = "creating_a_crate.rst"


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """Three services (symlinks to fixture folders): crates has refusals, the others none."""
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "crates").symlink_to(FIXTURES / "refusals", target_is_directory=True)
    (root / "parcels").symlink_to(FIXTURES / "variants", target_is_directory=True)
    (root / "sample-service").symlink_to(SAMPLE, target_is_directory=True)
    return root


def _classification(tmp_path: Path, *entries: dict[str, Any]) -> Path:
    path = tmp_path / "refusals.yaml"
    path.write_text(yaml.safe_dump({"refusals": list(entries)}), encoding="utf-8")
    return path


def _run(corpus: Path, tmp_path: Path, *entries: dict[str, Any], show: str = "",
         services: tuple[str, ...] = ("crates", "parcels", "sample-service")) -> list[str]:
    lines: list[str] = []
    refusals.run(corpus, services, 1, show, lines.append, _classification(tmp_path, *entries))
    return lines


def _rows(lines: list[str]) -> dict[str, re.Match[str]]:
    return {m["service"]: m for m in (re.fullmatch(LINE, line) for line in lines) if m}


def test_one_line_per_service_counts_examples_refusals_and_prose_refusals(corpus: Path, tmp_path: Path) -> None:
    lines = _run(corpus, tmp_path)
    assert lines[0].split() == ["service", "examples", "refused", "prose-ex", "prose", "defect", "false", "unclass"]
    rows = _rows(lines)
    assert list(rows) == ["crates", "parcels", "sample-service", "six services", "wide services", "total"]
    crates = rows["crates"]
    # three examples; the second breaks the name's length and characters (prose) and the slots' type (table), the
    # third only the type of `sealed` (0 is not "0": the prose's values are right, the type is wrong)
    assert [int(crates[k]) for k in ("examples", "refused", "prose_ex", "prose", "unclass")] == [3, 2, 1, 2, 2]
    for service in ("parcels", "sample-service"):  # documented requests that break nothing
        assert int(rows[service]["examples"]) > 0 and rows[service]["refused"] == "0"
    total = rows["total"]
    for key in ("examples", "refused", "prose_ex", "prose"):
        assert int(total[key]) == sum(int(rows[s][key]) for s in ("crates", "parcels", "sample-service")), key
    assert rows["six services"]["examples"] == "0"  # none of the fixtures is one of the six
    assert lines[-1].startswith("3 services (0 crashed); wall ")


def test_the_list_names_example_keyword_rule_and_sentence(corpus: Path, tmp_path: Path) -> None:
    lines = _run(corpus, tmp_path, show="list", services=("crates",))
    listed = lines[lines.index("") + 1:]
    assert listed == [
        f"crates: {CRATES}:61: minLength from {CRATES}:37 [unclassified] /name = 'c-1'",
        "    It must consist of 4 to 16 characters.",
        f"crates: {CRATES}:61: pattern from {CRATES}:37 [unclassified] /name = 'c-1'",
        "    Only letters and digits are allowed.",
    ]


def test_the_classification_file_classes_the_refusals(corpus: Path, tmp_path: Path) -> None:
    entry = {"service": "crates", "example": f"{CRATES}:61", "rule": f"{CRATES}:37", "reason": "too short"}
    lines = _run(corpus, tmp_path, {**entry, "keyword": "minLength", "class": "defect"},
                 {**entry, "keyword": "pattern", "class": "false", "sample": True}, show="list",
                 services=("crates",))
    crates = _rows(lines)["crates"]
    assert (crates["defect"], crates["false"], crates["unclass"]) == ("1", "1", "0")
    assert f"crates: {CRATES}:61: pattern from {CRATES}:37 [false (sample)] /name = 'c-1'" in lines
    with pytest.raises(ValueError, match="class must be one of"):
        _run(corpus, tmp_path, {**entry, "keyword": "pattern", "class": "maybe"}, services=("crates",))


def test_the_six_services_have_their_own_subtotal(corpus: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(refusals, "SERVICES", ("crates",))
    rows = _rows(_run(corpus, tmp_path))
    assert rows["six services"]["prose"] == "2" and rows["wide services"]["prose"] == "0"


def test_the_sample_is_drawn_from_the_wide_services_with_a_fixed_seed() -> None:
    def refusal(service: str, n: int) -> refusals.Refusal:
        return refusals.Refusal(service, f"a.rst:{n}", "op", "pattern", "a.rst:1", "s", "/x", "'v'")

    pool = [refusal("wide-one", n) for n in range(100)] + [refusal("gaussdb-opengauss", n) for n in range(50)]
    first = refusals.draw_sample(pool, size=60)
    assert len(first) == 60 and all(r.service == "wide-one" for r in first)
    assert first == refusals.draw_sample(list(reversed(pool)), size=60)  # the order found does not matter
    assert first != refusals.draw_sample(pool, size=60, seed=refusals.SAMPLE_SEED + 1)
    assert len(refusals.draw_sample(pool[:10], size=60)) == 10


def test_a_service_that_crashes_is_a_line_and_the_audit_goes_on(corpus: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    real = refusals.audit_spec

    def audit_or_fail(service: str, spec: dict[str, Any], root: Path | None = None) -> refusals.ServiceAudit:
        if service == "parcels":
            raise KeyError("body")
        return real(service, spec, root)

    monkeypatch.setattr(refusals, "audit_spec", audit_or_fail)
    lines = _run(corpus, tmp_path)
    assert re.fullmatch(r"parcels +CRASH KeyError: 'body' \(tests/benchmarks/test_refusals\.py:\d+\)", lines[2])
    assert _rows(lines)["total"]["examples"] == str(3 + int(_rows(lines)["sample-service"]["examples"]))
    assert lines[-1].startswith("3 services (1 crashed)")
    assert refusals.main([str(corpus), "--only", "crates"]) == 0


def test_jobs_give_the_same_lines(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert refusals.main([str(corpus), "--list"]) == 0
    serial = capsys.readouterr().out.splitlines()
    assert refusals.main([str(corpus), "--list", "--jobs", "2"]) == 0
    parallel = capsys.readouterr().out.splitlines()
    strip = re.compile(r"wall \d+\.\d s$")
    assert [strip.sub("", line) for line in serial] == [strip.sub("", line) for line in parallel]


def test_the_verdict_is_the_generated_clients(corpus: Path, tmp_path: Path) -> None:
    """Each documented request example of the fixture through the validation module of a generated client package
    (its own `_validation.py` and `_request_schemas.json`): refused exactly where the audit says so."""
    spec = build(corpus / "crates").spec
    result = generate_client(spec, tmp_path / "client", "crates_client")
    assert result.package_dir is not None, result.diagnostics
    sys.path.insert(0, str(tmp_path / "client"))
    try:
        validation = importlib.import_module("crates_client._validation")
        from generator.client.view import generation_view

        verdicts = {}
        runtime = refusals.client_runtime(refusals._request_schemas(spec, generation_view(spec)))
        for operation, source, value in refusals._request_examples(spec, {}):
            try:
                validation.validate_request(operation, {"json": value})
                theirs = False
            except validation.RequestValidationError:
                theirs = True
            verdicts[source] = theirs
            assert refusals.refused_by_client(runtime, operation, value) is theirs, source
    finally:
        sys.path.remove(str(tmp_path / "client"))
        for name in [m for m in sys.modules if m.startswith("crates_client")]:
            del sys.modules[name]
    assert verdicts == {f"{CRATES}:52": False, f"{CRATES}:61": True, f"{CRATES}:70": True}
