"""The rules measured on four hand-labelled sets of description cells from the six services (see LABELLING.md).

Issue 3's target: precision at least 0.95 and recall at least 0.85 over keywords (`python -m tests.constraints.score
--set NAME` prints both per keyword family and per kind of cell, and lists every miss).

All four sets were labelled by people who never read the rules. `labelled.yaml`, `heldout.yaml` and `heldout2.yaml`
were then used to tune the rules, in that order (each was measured first, then its misses read), so their figures are
optimistic: heldout.yaml measured 0.900 / 0.692 and heldout2.yaml 0.859 / 0.825 before their misses were read.
`heldout3.yaml` was first measured when the tuning was done and never tuned on: it is the set that says how the
rules generalise (0.953 / 0.932 when it was added; 0.953 / 0.920 after two later bug fixes, the lost keyword not
looked at). The floors below are the target on the untouched set and on the first tuning set, and regression
floors on the other two.

The scores and the samplings read the cells from the corpus (about 20 services built): marked `corpus`, left out of
the quick loop; the rules themselves are tested phrase by phrase in test_rules.py and rules/.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.diagnostics import Loc
from generator.writer import load_yaml
from tests.conftest import SERVICES
from tests.constraints.sample_heldout import sample
from tests.constraints.sample_wide import sample as sample_wide
from tests.constraints.sample_wide import sample_round
from tests.constraints.score import (
    FAMILY,
    HELDOUT,
    HELDOUT2,
    HELDOUT3,
    LABELLED,
    PROBES,
    PROBES2,
    PROBES3,
    PROBES4,
    WIDE,
    WIDE2,
    WIDE3,
    WIDE4,
    WIDE5,
    WIDE6,
    WIDE7,
    WIDE8,
    WIDE9,
    WIDE10,
    WIDE11,
    WIDE12,
    WIDE13,
    WIDE14,
    WIDE15,
    Score,
    render,
    report,
    score,
    wide_part,
)

PRECISION_TARGET = 0.95
RECALL_TARGET = 0.85
FLOORS = {
    LABELLED: (PRECISION_TARGET, RECALL_TARGET),
    HELDOUT3: (PRECISION_TARGET, RECALL_TARGET),  # never tuned on
    HELDOUT: (0.95, 0.88),
    HELDOUT2: (0.90, 0.93),
}


def _cells(path: Path) -> set[tuple[str, str, int, str]]:
    return {(e["service"], e["path"], e["line"], e["name"]) for e in load_yaml(path.read_text())}


def test_the_labelled_set_is_large_and_stratified() -> None:
    entries = load_yaml(LABELLED.read_text())
    assert len(entries) >= 300
    kinds: dict[str, int] = {}
    for e in entries:
        for k in e.get("kinds") or []:
            kinds[k] = kinds.get(k, 0) + 1
        assert set(e.get("keywords") or {}) <= set(FAMILY), e
    assert len(kinds) == 11 and min(kinds.values()) >= 20, kinds


def test_the_sets_are_disjoint() -> None:
    sets = [_cells(p) for p in (LABELLED, HELDOUT, HELDOUT2, HELDOUT3)]
    assert [len(s) for s in sets] == [380, 120, 150, 150]
    for i, a in enumerate(sets):
        for b in sets[i + 1:]:
            assert not a & b


@pytest.mark.corpus
@pytest.mark.parametrize("path", list(FLOORS), ids=lambda p: p.stem)
def test_precision_and_recall_over_keywords(path: Path) -> None:
    s = score(path)
    print("\n" + report(s))
    precision, recall = FLOORS[path]
    assert s.precision() >= precision, report(s)
    assert s.recall() >= recall, report(s)


@pytest.mark.corpus
@pytest.mark.parametrize("path", [HELDOUT2, HELDOUT3], ids=lambda p: p.stem)
def test_the_sampling_script_reproduces_the_held_out_cells(path: Path) -> None:
    entries = load_yaml(path.read_text())
    assert [cell for cell, _row, _stratum in sample(path.stem)] == [
        (e["service"], e["path"], e["line"], e["name"]) for e in entries]


@pytest.mark.corpus
def test_the_wide_set_is_large_stratified_and_split_by_service() -> None:
    """Issue 10: >= 450 cells from >= 18 of the 24 wide services, >= 20% negatives, none from the deep six; the
    held-out part is whole services (a third of them), and the sampling script reproduces the cells in order."""
    entries = load_yaml(WIDE.read_text())
    services = {e["service"] for e in entries}
    assert len(entries) >= 450 and len(services) >= 18
    assert not services & set(SERVICES)
    assert sum(1 for e in entries if not e.get("keywords")) >= 0.2 * len(entries)
    assert all(set(e.get("keywords") or {}) <= set(FAMILY) for e in entries)
    held, tune = wide_part("held"), wide_part("tune")
    assert not held & tune and held | tune == services and len(held) == len(services) // 3
    assert [cell for cell, _row, _stratum in sample_wide()[1]] == [
        (e["service"], e["path"], e["line"], e["name"]) for e in entries]


SUPPLEMENTS = [(WIDE2, (WIDE,), 2), (WIDE3, (WIDE, WIDE2), 3),
               (WIDE4, (WIDE, WIDE2, WIDE3), 4),
               (WIDE6, (WIDE, WIDE2, WIDE3, WIDE4), 6),
               (WIDE7, (WIDE, WIDE2, WIDE3, WIDE4, WIDE6), 7),
               (WIDE12, (WIDE, WIDE2, WIDE3, WIDE4, WIDE6, WIDE7), 12),
               (WIDE13, (WIDE, WIDE2, WIDE3, WIDE4, WIDE6, WIDE7, WIDE12), 13)]


@pytest.mark.corpus
@pytest.mark.parametrize(("labels", "earlier", "number"), SUPPLEMENTS, ids=lambda v: getattr(v, "stem", ""))
def test_a_wide_supplement_comes_from_the_tuning_services_only(labels: Path, earlier: tuple[Path, ...],
                                                                 number: int) -> None:
    """Issue 10, rounds four to six and nine: each supplement holds cells of the tuning services only (the held part
    stays untouched), none of them in an earlier wide set, >= 20% negatives, label keys of the vocabulary, and the
    sampling script reproduces them in order."""
    entries = load_yaml(labels.read_text())
    services = {e["service"] for e in entries}
    assert services <= wide_part("tune") and not services & wide_part("held")
    cells = [(e["service"], e["path"], e["line"], e["name"]) for e in entries]
    assert not set(cells) & {cell for f in earlier for cell in _cells(f)}
    assert sum(1 for e in entries if not e.get("keywords")) >= 0.2 * len(entries)
    assert all(set(e.get("keywords") or {}) <= set(FAMILY) for e in entries)
    assert [cell for cell, _row, _stratum in sample_round(number)] == cells


@pytest.mark.corpus
@pytest.mark.parametrize(("labels", "earlier", "number"), [(WIDE5, (WIDE,), 5),
                                                           (WIDE8, (WIDE, WIDE5), 8),
                                                           (WIDE9, (WIDE, WIDE5, WIDE8), 9),
                                                           (WIDE10, (WIDE, WIDE5, WIDE8, WIDE9), 10),
                                                           (WIDE11, (WIDE, WIDE5, WIDE8, WIDE9, WIDE10),
                                                            11),
                                                           (WIDE14, (WIDE, WIDE5, WIDE8, WIDE9, WIDE10, WIDE11),
                                                            14),
                                                           (WIDE15, (WIDE, WIDE5, WIDE8, WIDE9, WIDE10, WIDE11,
                                                                     WIDE14), 15)],
                         ids=lambda v: getattr(v, "stem", ""))
def test_the_fresh_held_measure_comes_from_the_held_services_only(labels: Path, earlier: tuple[Path, ...],
                                                                    number: int) -> None:
    """Issue 10, eighth round, eleventh to twentieth sessions: wide5.yaml, wide8.yaml to wide11.yaml, wide14.yaml and
    wide15.yaml hold cells of the held services only, none of them in an earlier set of those services (wide.yaml's
    held part was once read, wide5 measured through several rounds, wide8, wide11 and wide14 twice, wide9 and wide10
    three times), >= 20% negatives, label keys of the vocabulary, and the sampling script reproduces them."""
    entries = load_yaml(labels.read_text())
    assert {e["service"] for e in entries} == wide_part("held")
    cells = [(e["service"], e["path"], e["line"], e["name"]) for e in entries]
    assert len(set(cells)) == len(cells) == 270
    assert not set(cells) & {cell for f in earlier for cell in _cells(f)}
    assert sum(1 for e in entries if not e.get("keywords")) >= 0.2 * len(entries)
    assert all(set(e.get("keywords") or {}) <= set(FAMILY) for e in entries)
    assert [cell for cell, _row, _stratum in sample_round(number)] == cells


@pytest.mark.corpus
@pytest.mark.parametrize(("labels", "floors"), [(WIDE5, (0.88, 0.78)), (WIDE8, (0.93, 0.82)),
                                                 (WIDE9, (0.94, 0.81)), (WIDE10, (0.94, 0.85)),
                                                 (WIDE11, (0.93, 0.89)), (WIDE14, (0.95, 0.87)),
                                                 (WIDE15, (0.95, 0.88))],
                         ids=lambda v: getattr(v, "stem", ""))
def test_the_fresh_held_measure_does_not_regress(labels: Path, floors: tuple[float, float]) -> None:
    """Regression floors, not the target (0.97 / 0.90): wide5.yaml measured 0.893 / 0.798 on the rules as they were
    when it was labelled (LABELLING.md, eighth round), wide8.yaml 0.939 / 0.826 (eleventh session, before and after
    that session's rules), wide9.yaml 0.921 / 0.804 before and 0.944 / 0.820 after the twelfth session's rules,
    wide10.yaml 0.938 / 0.852 before and 0.942 / 0.852 after the thirteenth session's rules, wide11.yaml 0.941 / 0.894
    on the rules of the seventeenth session's start, wide14.yaml 0.955 / 0.881 on those of the eighteenth's start,
    wide15.yaml 0.951 / 0.892 on those of the twentieth's start; their misses are never printed. wide11's floor went
    from 0.94 to 0.93 when the scorer stopped crediting an if/then on a field outside the object, which the spec keeps
    as words (0.941 -> 0.937, no rule changed)."""
    s = score(labels)
    assert s.precision() >= floors[0] and s.recall() >= floors[1], report(s)


@pytest.mark.corpus
@pytest.mark.parametrize(("part", "floors"), [("tune", (0.98, 0.96)), ("held", (0.90, 0.80))])
def test_the_wide_set_does_not_regress(part: str, floors: tuple[float, float]) -> None:
    """Regression floors, not the target: the held-out part is measured, its misses are not read."""
    s = score(WIDE, wide_part(part))
    assert s.precision() >= floors[0] and s.recall() >= floors[1], report(s)


@pytest.mark.corpus
@pytest.mark.parametrize(("labels", "floors"), [(WIDE2, (0.97, 0.94)), (WIDE3, (0.97, 0.92)),
                                                   (WIDE4, (0.98, 0.94)), (WIDE6, (0.96, 0.88)),
                                                   (WIDE7, (0.97, 0.89)), (WIDE12, (0.98, 0.92)),
                                                   (WIDE13, (0.98, 0.92))])
def test_the_wide_supplements_do_not_regress(labels: Path, floors: tuple[float, float]) -> None:
    """Regression floors of the sets tuned on in the fourth, fifth, sixth and ninth rounds and the seventeenth session
    (LABELLING.md; wide12 0.993 / 0.926 before its misses were read, 0.997 / 0.941 after; wide13 0.993 / 0.938, drawn
    after wide12's rules); wide6
    measured 0.967 / 0.886 on the rules as they were when it was labelled, wide7 0.989 / 0.919 (0.970 / 0.901 before
    the scorer read a condition written out in a label as the text form). wide2's recall
    floor went from 0.95 to 0.94 (0.953 -> 0.948) with the revision of bounds a cell says can be raised
    (`rules/revise.py`): its label `maximum: 500` beside `If more than 500 Core nodes are required, contact technical
    support.` is a bound the second emitted-keyword audit judged too strict (a valid request refused), so precision
    first. wide2's precision floor went from 0.97 to 0.96 (0.976 -> 0.966) when the scorer stopped crediting an
    if/then on a field outside the object, which the spec kept as words, and back to 0.97 (0.976) when the engine put
    such an if/then on the enclosing object that holds the field (twenty-second session)."""
    s = score(labels)
    assert s.precision() >= floors[0] and s.recall() >= floors[1], report(s)


def test_a_pattern_is_scored_by_what_the_cells_schema_refuses() -> None:
    """A reject witness that only breaks a stated length (`Ab1!` of an 8-to-26-character password) is refused by the
    schema through its `minLength`, whichever keyword does it; a pattern that lets a reject through within the
    lengths, or refuses a match witness, is a miss."""
    from tests.constraints.score import _same
    want = {"match": ["Passw0rd!"], "reject": ["Ab1!", "password1"]}
    complexity = r"^(?=.*[A-Z])(?=.*[a-z])(?=.*[0-9]).*$"
    assert _same("pattern", want, complexity, (8, 26))
    assert not _same("pattern", want, complexity, (None, None))  # `Ab1!` passes the pattern alone
    assert not _same("pattern", want, r"^.*$", (8, 26))  # `password1` is within the lengths
    assert not _same("pattern", want, r"^[a-z0-9]*$", (8, 26))  # the match witness is refused


def test_a_held_services_misses_are_never_printed() -> None:
    """In any set: the held services are figures only (wide.yaml's held part, wide5.yaml)."""
    held, tune = sorted(wide_part("held"))[0], sorted(wide_part("tune"))[0]
    result = Score(misses=[f"{tune}:page.rst:12 name: pattern want ... got '-'",
                           f"{held}:page.rst:34 name: enum want ... got '-'"])
    result.fn["pattern"] += 1
    result.fn["enumeration"] += 1
    shown = render(result)
    assert "page.rst:12" in shown and "page.rst:34" not in shown
    assert "misses of the held services: 1, not printed" in shown
    assert "misses of the held services" not in render(Score(misses=result.misses[:1]))


def test_a_condition_written_out_in_a_label_is_the_text_form() -> None:
    """LABELLING.md: a condition is `required_when: text` or `{field, value}`; a label that writes the condition out
    (`mandatory when a tag is added`) means the text form, and is scored as `text`, never as a `{field, value}`."""
    from tests.constraints.score import _same
    assert _same("required_when", "mandatory when a tag is added", "text")
    assert not _same("required_when", "mandatory when a tag is added", {"field": "action", "value": "create"})
    assert not _same("required_when", {"field": "action", "value": "create"}, "text")
    assert _same("required_when", {"field": "action", "value": "create"}, {"field": "action", "value": "create"})


def test_a_pattern_that_admits_every_valid_witness_is_counted_too_loose_not_too_strict() -> None:
    """The scorer counts a pattern that misses a reject witness as false (and the label's pattern as missed), and
    shows apart how many of those refuse no valid witness: too loose, not a refusal of a valid value."""
    from tests.constraints.score import too_loose
    want = {"match": ["ab", "a-b"], "reject": ["-ab"]}
    assert too_loose("pattern", want, r"^[a-z\-]*$")  # admits both valid ones, and `-ab` too
    assert not too_loose("pattern", want, r"^[a-z]*$")  # refuses `a-b`, a valid value: too strict
    assert not too_loose("maxLength", want, 3)
    assert too_loose("enum", ["a", "b"], ["a", "b", "c"]) and not too_loose("enum", ["a", "b", "c"], ["a", "b"])
    assert too_loose("minimum", 1, 0) and not too_loose("minimum", 1, 2)
    assert too_loose("maxLength", 64, 128) and not too_loose("maxLength", 64, 32)
    assert not too_loose("maximum", True, 2)  # a bool is no bound


def test_the_score_reads_a_condition_as_the_spec_holds_it() -> None:
    """An if/then on a sibling is what the spec checks, whatever words it keeps beside it; a condition on a field that
    is no sibling (one of the parent object's) is kept in words by the engine (`as_placed`, which the score calls
    too), and is scored so."""
    from generator.model import RawRow, RawTable
    from tests.constraints.score import _probe, predicted

    def table(description: str, siblings: tuple[str, ...]) -> tuple[RawRow, RawTable]:
        return _probe({"name": "backup_id", "type": "String", "mandatory": "No", "description": description,
                       "siblings": list(siblings)})

    text = ("NOTICE: When **type** is **backup**, **backup_id** is mandatory. This parameter must be used together "
            "with **type**.")
    assert predicted(*table(text, ("type",)))["required_when"] == {"field": "type", "value": "backup"}
    assert predicted(*table(text, ("name",)))["required_when"] == "text"
    # a value of this field that makes another required (`- **a**: **type** is mandatory.`): no condition on this one
    own = "Restoration type.\n\n- **a**: **type** is mandatory.\n- **b**: **name** is mandatory."
    assert "required_when" not in predicted(*table(own, ("type", "name")))


def test_false_keywords_are_told_apart_by_what_they_refuse(tmp_path: Path) -> None:
    """Of the false keywords, the scorer shows apart those too loose, the annotations (a unit, a deprecation, a
    condition left in words: no check) and the defaults; the rest refuse a value the label allows, what makes a
    client refuse a valid request. Probe cells whose predictions the rule tests fix."""
    import yaml

    from tests.constraints.score import report, score

    def probe(pid: str, description: str, keywords: dict[str, Any], kind: str = "String") -> dict[str, Any]:
        return {"id": pid, "name": "field", "type": kind, "description": description, "kinds": ["enumeration"],
                "keywords": keywords}

    entries = [
        probe("loose", "The value can be **a**, **b**, or **c**.", {"enum": ["a", "b"]}),
        probe("refusing", "The value can be **a**, **b**, or **c**.", {"enum": ["a", "b", "c", "d"]}),
        probe("unit", "Unit: GB", {"x-unit": "MB"}, "Integer"),
        probe("default", "The default value is **5**.", {"default": 6}, "Integer"),
        probe("right", "The value can be **a** or **b**.", {"enum": ["a", "b"]}),
    ]
    path = tmp_path / "set.yaml"
    path.write_text(yaml.safe_dump(entries), encoding="utf-8")
    result = score(path)
    assert (sum(result.tp.values()), sum(result.fp.values())) == (1, 4)
    assert (result.loose, result.annotations, result.defaults, result.refusing()) == (1, 1, 1, 1)
    assert "refusing a value the label allows: 1 of 5 keywords predicted (share that refuses none: 0.800)" in (
        report(result))


@pytest.mark.corpus
def test_an_annotation_format_of_the_type_column_is_not_scored(tmp_path: Path) -> None:
    """A Double cell's `format: double` (the Type column's) is in the spec, refuses no value (generator/formats.py
    checks no `double`) and has no label in LABELLING.md's vocabulary: the scorer leaves it out on both sides, so it is
    neither a false keyword nor a miss; `uuid` beside it is scored as always."""
    import yaml

    from tests.constraints.score import _find, predicted
    from tests.corpus.catalogue import built

    service, path, row = next((s, page.path, row) for s in sorted(wide_part("tune")) for page in built(s).pages
                              for table in page.tables for row in table.rows
                              if (row.type_text or "").strip().lower() == "double")
    assert predicted(*_find(service, path, row.loc.line, row.name)).get("format") == "double"
    entry = {"service": service, "path": path, "line": row.loc.line, "name": row.name, "type": row.type_text}
    labels = tmp_path / "labels.yaml"
    for keywords, fp, fn in (({}, 0, 0), ({"format": "double"}, 0, 0), ({"format": "uuid"}, 0, 1)):
        labels.write_text(yaml.safe_dump([{**entry, "kinds": [], "keywords": keywords}]), encoding="utf-8")
        s = score(labels)
        assert (sum(s.fp.values()), sum(s.fn.values())) == (fp, fn), (keywords, report(s))


@pytest.mark.parametrize("path", [PROBES, PROBES2, PROBES3, PROBES4], ids=lambda p: p.stem)
def test_the_probe_cells_are_written_out_and_mostly_traps(path: Path) -> None:
    """Issue 10, eighteenth session: probes.yaml to probes4.yaml hold cells written in the docs' style, not read from
    them: each writes out its row (name, Type, Mandatory, siblings, description), its label keys are of the
    vocabulary, and at least 40% are traps (values and numbers that state no keyword)."""
    entries = load_yaml(path.read_text())
    assert len(entries) >= 200 and len({e["id"] for e in entries}) == len(entries)
    for e in entries:
        assert {"name", "type", "mandatory", "description", "kinds", "keywords", "trap"} <= set(e), e
        assert set(e["keywords"] or {}) <= set(FAMILY), e
    assert sum(1 for e in entries if e["trap"]) >= 0.4 * len(entries)


@pytest.mark.parametrize(("path", "floors"), [(PROBES, (0.94, 0.88)), (PROBES2, (0.96, 0.89)),
                                               (PROBES3, (0.94, 0.92)), (PROBES4, (0.94, 0.79))],
                         ids=lambda v: getattr(v, "stem", ""))
def test_the_probe_cells_do_not_regress(path: Path, floors: tuple[float, float]) -> None:
    """Regression floors: probes.yaml measured 0.885 / 0.821 on the rules of the eighteenth session's start, before
    its misses were read (the phrasings of other services' writers made one keyword in nine false), probes2.yaml
    0.931 / 0.851 (0.935 / 0.851 on the rules of probes.yaml's false keywords), probes3.yaml 0.885 / 0.889 (0.895 /
    0.907 on the rules of the first two), probes4.yaml 0.905 / 0.737 (0.907 / 0.759 on those of the first three); all
    tuned on since."""
    s = score(path)
    assert s.precision() >= floors[0] and s.recall() >= floors[1], report(s)


def test_the_score_credits_a_condition_an_enclosing_object_holds() -> None:
    """A condition on a field of the object above (`scaling_policy_type` for `recurrence_value` of its
    `scheduled_policy`) is that object's if/then reaching down (engine.schema): the score reads it from the
    constrained bodies and credits the test; a field with no such if/then above keeps its condition in words."""
    from generator.constraints.engine import _Engine
    from generator.model import Property, Schema
    from tests.constraints.score import _probe, placed_above, predicted

    loc, inner_loc = Loc("t.rst", 1), Loc("t.rst", 9)
    text = "This parameter is mandatory when **type** is set to **TAG**."
    nested = Schema(kind="object", loc=loc, properties=(
        Property("direction", False, Schema(kind="string", loc=inner_loc, description=text), inner_loc),))
    body = _Engine().schema(Schema(kind="object", loc=loc, properties=(
        Property("type", False, Schema(kind="string", loc=loc, description="Rule type."), loc),
        Property("rules", False, Schema(kind="array", loc=loc, items=nested), loc))))
    above = placed_above([body])
    assert above == {(inner_loc, "direction"): {("type", "'TAG'")}}
    row, table = _probe({"name": "direction", "type": "String", "mandatory": "No", "description": text})
    assert predicted(row, table, above[(inner_loc, "direction")])["required_when"] == {"field": "type", "value": "TAG"}
    assert predicted(row, table, set())["required_when"] == "text"
