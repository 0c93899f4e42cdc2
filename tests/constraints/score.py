"""Score the constraint rules on the labelled set (tests/constraints/labelled.yaml), keyword by keyword.

    python -m tests.constraints.score              # the labelled set: precision and recall per kind and family
    python -m tests.constraints.score --set heldout3   # another set: heldout, heldout2, heldout3, wide, wide2-13
    python -m tests.constraints.score --set wide --part tune   # the wide set's tuning services (or `held`)
    python -m tests.constraints.score --set wide5              # the fresh measure of the held services
    python -m tests.constraints.score --set wide8              # the second fresh measure of the held services
    python -m tests.constraints.score --set wide9              # the third fresh measure of the held services
    python -m tests.constraints.score --set wide10             # the fourth fresh measure of the held services
    python -m tests.constraints.score --set wide11             # the fifth fresh measure of the held services
    python -m tests.constraints.score --set wide14             # the sixth fresh measure of the held services
    python -m tests.constraints.score --set wide15             # the seventh fresh measure of the held services
    python -m tests.constraints.score --set probes             # cells written in the docs' style (probes.yaml)
    python -m tests.constraints.score --set probes2            # a second set of them, written after the first's rules
    python -m tests.constraints.score --set probes3            # a third, written after the second's
    python -m tests.constraints.score --set probes4            # a fourth, written after the third's

A miss of a held service (tests/constraints/sample_wide.py) is never printed, in any set: those are figures only.

Twenty-three sets, all labelled by hand by people who did not read the rules (see LABELLING.md and each file's header).
Of the six services: labelled.yaml (380 cells), heldout.yaml (120) and heldout2.yaml (150) were used to tune the
rules, in that order, so their figures are optimistic; heldout3.yaml (150 cells) was first measured when the tuning
was done and never tuned on. Of the 24 other services: wide.yaml, split by service into a tuning part and a held part
(a third of the services), wide2.yaml to wide4.yaml, wide6.yaml, wide7.yaml, wide12.yaml and wide13.yaml of the tuning
services, and wide5.yaml, wide8.yaml to wide11.yaml, wide14.yaml and wide15.yaml of the held services only, the
fresh measures of how the rules generalise (their cells never read; wide8 drawn when wide5 had been measured through
several rounds of rule changes, wide9 when wide8 had been measured twice, wide10 and wide11 when the set before had
been measured three times, wide14 when wide11 had been measured twice and partly seen, wide15 when wide14 had been
measured twice). Tuning on a held set would spend it.
probes.yaml to probes4.yaml are cells written in the docs' style, not read from them (each entry writes out its row).

The cells are read from ../shared/corpus in place; the set stores only where each cell is and its labels.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.constraints.engine import as_placed
from generator.constraints.rules import Cell, constrain_cell
from generator.constraints.values import check_values
from generator.diagnostics import Loc
from generator.model import RawRow, RawTable, Schema
from generator.rst.types import parse_mandatory, parse_type
from generator.writer import load_yaml
from tests.corpus.catalogue import built

LABELLED = Path(__file__).with_name("labelled.yaml")
HELDOUT = Path(__file__).with_name("heldout.yaml")
HELDOUT2 = Path(__file__).with_name("heldout2.yaml")
HELDOUT3 = Path(__file__).with_name("heldout3.yaml")
WIDE = Path(__file__).with_name("wide.yaml")
WIDE2 = Path(__file__).with_name("wide2.yaml")
WIDE3 = Path(__file__).with_name("wide3.yaml")
WIDE4 = Path(__file__).with_name("wide4.yaml")
WIDE5 = Path(__file__).with_name("wide5.yaml")
WIDE6 = Path(__file__).with_name("wide6.yaml")
WIDE7 = Path(__file__).with_name("wide7.yaml")
WIDE8 = Path(__file__).with_name("wide8.yaml")
WIDE9 = Path(__file__).with_name("wide9.yaml")
WIDE10 = Path(__file__).with_name("wide10.yaml")
WIDE11 = Path(__file__).with_name("wide11.yaml")
WIDE12 = Path(__file__).with_name("wide12.yaml")
WIDE13 = Path(__file__).with_name("wide13.yaml")
WIDE14 = Path(__file__).with_name("wide14.yaml")
WIDE15 = Path(__file__).with_name("wide15.yaml")
PROBES = Path(__file__).with_name("probes.yaml")
PROBES2 = Path(__file__).with_name("probes2.yaml")
PROBES3 = Path(__file__).with_name("probes3.yaml")
PROBES4 = Path(__file__).with_name("probes4.yaml")
SETS = {"labelled": LABELLED, "heldout": HELDOUT, "heldout2": HELDOUT2, "heldout3": HELDOUT3, "wide": WIDE,
        "wide2": WIDE2, "wide3": WIDE3, "wide4": WIDE4, "wide5": WIDE5,
        "wide6": WIDE6, "wide7": WIDE7, "wide8": WIDE8,
        "wide9": WIDE9, "wide10": WIDE10, "wide11": WIDE11, "wide12": WIDE12, "wide13": WIDE13,
        "wide14": WIDE14, "wide15": WIDE15, "probes": PROBES, "probes2": PROBES2,
        "probes3": PROBES3, "probes4": PROBES4}

FAMILY = {
    "enum": "enumeration", "default": "default", "format": "format", "x-format": "format", "not_enum": "excluded",
    "pattern": "pattern", "minLength": "length", "maxLength": "length", "minimum": "numeric_range",
    "maximum": "numeric_range", "exclusiveMinimum": "numeric_range", "exclusiveMaximum": "numeric_range",
    "deprecated": "deprecated", "required_when": "conditional", "x-unit": "unit",
}
_UNIT_ALIASES = {"h": "hour", "hours": "hour", "hour": "hour", "d": "day", "days": "day", "day": "day",
                 "gb": "gb", "g": "g", "s": "s", "second": "s", "seconds": "s", "ms": "ms", "min": "min"}


@dataclass
class Score:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    cells_tp: Counter[str] = field(default_factory=Counter)
    cells_fp: Counter[str] = field(default_factory=Counter)
    cells_fn: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    # false keywords that refuse none of the label's valid values: too loose (a pattern that admits every valid
    # witness, an enum holding the label's values and more, a bound outside the label's), never a refusal of a valid
    # value; counted false all the same, and shown apart
    loose: int = 0
    # false keywords that are annotations, no check (`x-unit`, `deprecated`, a condition left in words), and false
    # defaults (no check either, but a client may send one): counted false all the same, and shown apart
    annotations: int = 0
    defaults: int = 0

    def refusing(self) -> int:
        """False keywords that refuse a value the label allows: what makes a client refuse a valid request."""
        return sum(self.fp.values()) - self.loose - self.annotations - self.defaults

    @staticmethod
    def ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    def precision(self, key: str | None = None) -> float:
        tp = sum(self.tp.values()) if key is None else self.tp[key]
        fp = sum(self.fp.values()) if key is None else self.fp[key]
        return self.ratio(tp, tp + fp)

    def recall(self, key: str | None = None) -> float:
        tp = sum(self.tp.values()) if key is None else self.tp[key]
        fn = sum(self.fn.values()) if key is None else self.fn[key]
        return self.ratio(tp, tp + fn)


def _find(service: str, path: str, line: int, name: str) -> tuple[RawRow, RawTable]:
    for page in built(service).pages:
        if page.path != path:
            continue
        for table in page.tables:
            for row in table.rows:
                if row.loc.line == line and row.name == name:
                    return row, table
    raise LookupError(f"{service}:{path}:{line} {name}: no such row")


def _probe(e: dict[str, Any]) -> tuple[RawRow, RawTable]:
    """A probe cell (probes.yaml): the row its entry writes out, in a table of the siblings it names."""
    loc = Loc("probes", 0)
    row = RawRow(loc=loc, name=e["name"], type_text=e["type"], mandatory_text=e.get("mandatory"),
                 description=e["description"])
    others = tuple(RawRow(loc=loc, name=n, type_text=None, mandatory_text=None, description="")
                   for n in e.get("siblings") or () if n != e["name"])
    table = RawTable(loc=loc, labels=(), title="", number=None, context="", section=e.get("table", "request"),
                     section_title="", status=None, headers=(), kind="param", rows=(row, *others), index=0)
    return row, table


def placed_above(bodies: Iterable[Schema]) -> dict[tuple[Loc, str], set[tuple[str, str]]]:
    """For each property of the bodies (its row's place and name), the tests (`field`, repr of the value) of the
    if/thens that objects enclosing its object hold to require it there (a condition on a field of an object above,
    placed by the engine)."""
    out: dict[tuple[Loc, str], set[tuple[str, str]]] = {}
    seen: set[tuple[int, ...]] = set()  # a schema shared by several objects is walked under each

    def reaches(then: Any, path: tuple[str, ...], name: str) -> bool:
        for step in path:
            then = (then.get("items") if step == "[]" else (then.get("properties") or {}).get(step)) \
                if isinstance(then, dict) else None
        return isinstance(then, dict) and name in (then.get("required") or [])

    def walk(schema: Schema, above: list[tuple[Schema, tuple[str, ...]]]) -> None:
        key = (id(schema), *(id(holder) for holder, _ in above))
        if key in seen:
            return
        seen.add(key)
        for prop in schema.properties:
            for holder, path in above:
                for rule in dict(holder.object_keywords).get("allOf", []):
                    if "if" in rule and reaches(rule["then"], path, prop.name):
                        ((field, test),) = rule["if"]["properties"].items()
                        out.setdefault((prop.loc, prop.name), set()).add((field, repr(test["const"])))
            walk(prop.schema, [(holder, (*path, prop.name)) for holder, path in above] + [(schema, (prop.name,))])
        if schema.items is not None:
            walk(schema.items, [(holder, (*path, "[]")) for holder, path in above])
        for alt in (*([schema.values] if schema.values is not None else []), *schema.one_of):
            walk(alt, [])

    for body in bodies:
        walk(body, [])
    return out


_ABOVE: dict[str, dict[tuple[Loc, str], set[tuple[str, str]]]] = {}


def tests_above(service: str, row: RawRow) -> set[tuple[str, str]]:
    if service not in _ABOVE:
        _ABOVE[service] = placed_above(body for page in built(service).model.pages for op in page.operations
                                       for body in (op.request, *(r.schema for r in op.responses)) if body is not None)
    return _ABOVE[service].get((row.loc, row.name), set())


def predicted(row: RawRow, table: RawTable, above: set[tuple[str, str]] | None = None) -> dict[str, Any]:
    """What the spec says of the property: type-derived keywords plus the rules' findings, in label vocabulary.
    `above`: the tests of if/thens that enclosing objects hold to require it (`tests_above`)."""
    ti = parse_type(row.type_text or "", bool(row.type_refs)) if row.type_text else None
    kind = ti.kind if ti is not None and ti.kind != "unknown" else "string"
    out: dict[str, Any] = {}
    if ti is not None and ti.format:
        out["format"] = ti.format
    if ti is not None and ti.max_length is not None:
        out["maxLength"] = ti.max_length
    siblings = tuple(r.name for r in table.rows if r.name != row.name)
    item_kind = ti.items.kind if ti is not None and ti.items is not None else ""
    cell = Cell(name=row.name, kind=kind, text=row.description, siblings=siblings, extra=row.extra,
                item_kind=item_kind, required=parse_mandatory(row.mandatory_text or "")[0] is True)
    for raw in constrain_cell(cell):
        f = as_placed(raw, row.name, siblings)  # as the spec holds each finding
        if raw.keyword == "if" and (raw.value["field"], repr(raw.value["value"])) in (above or set()):
            f = raw  # and a test of an enclosing object's field as that object holds it
        if f.keyword == "not":
            out["not_enum"] = f.value["enum"]
        elif f.keyword == "if":
            # (not a value of this field that makes others required: their condition, not this field's)
            if f.value["field"] != row.name and row.name in f.value["required"]:
                out["required_when"] = {"field": f.value["field"], "value": f.value["value"]}
        elif f.keyword == "x-required-when":
            # the spec's if/then is the check; a condition kept in words beside it is an annotation
            if not isinstance(out.get("required_when"), dict):
                out["required_when"] = "text"
        elif f.keyword == "maxLength" and "maxLength" in out:
            out["maxLength"] = min(out["maxLength"], f.value)
        elif f.keyword == "format" and "format" in out:
            continue
        elif f.keyword in FAMILY:
            out.setdefault(f.keyword, f.value)
    if "default" in out:
        # the engine keeps a default its own schema refuses as `x-default`, not `default` (values.check_values)
        checked, _ = check_values(kind, None, None, {k: v for k, v in out.items() if k in _CHECKED})
        if "default" not in checked:
            del out["default"]
    return out


_CHECKED = ("default", "enum", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength",
            "pattern", "format")


# `x-format` values that are checks of their own; any other `x-format` names the layout a `pattern` checks
# (`yyyy-mm-dd hh:mm:ss`): the pattern is scored, its name is not (LABELLING.md, Format)
NAMED_FORMATS = {"unix-ms", "unix-s", "utc-offset", "cidr"}


# formats the Type column gives (`Double`, `Float`, a file) that no checker checks (generator/formats.py: they refuse no
# value) and LABELLING.md has no label for: annotations, not constraints, so neither a label nor a prediction of them
# is scored (a Double cell's `format: double` counted as a false keyword)
ANNOTATION_FORMATS = {"double", "float", "binary"}


def _scored(key: str, value: Any) -> bool:
    if key == "format":
        return value not in ANNOTATION_FORMATS
    return key != "x-format" or value in NAMED_FORMATS


def _same(key: str, want: Any, got: Any, lengths: tuple[Any, Any] = (None, None)) -> bool:
    if key == "pattern":
        if not isinstance(got, str):
            return False
        if want == "present":
            return True
        rx = re.compile(got)
        return all(rx.search(str(v)) for v in want.get("match", [])) and not any(
            rx.search(str(v)) and _within(str(v), lengths) for v in want.get("reject", []))
    if key in ("enum", "not_enum"):
        return isinstance(got, list) and {str(v) for v in want} == {str(v) for v in got} and all(
            type(w) is type(g) for w, g in zip(sorted(want, key=str), sorted(got, key=str), strict=False))
    if key == "x-unit":
        return _UNIT_ALIASES.get(str(want).lower(), str(want).lower()) == _UNIT_ALIASES.get(str(got).lower(),
                                                                                           str(got).lower())
    if key == "required_when":
        # a condition written out in the label (`mandatory when a tag is added`) is the text form LABELLING.md means
        want = "text" if isinstance(want, str) else want
        if want == "text" or got == "text":
            return want == got
        return isinstance(got, dict) and got.get("field") == want.get("field") and str(got.get("value")) == str(
            want.get("value"))
    if isinstance(want, bool) or isinstance(got, bool):
        return want is got
    return bool(want == got)


_LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength")
_UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength")
# keywords that annotate and check nothing: a false one refuses no value
ANNOTATIONS = ("x-unit", "deprecated")


def too_loose(key: str, want: Any, got: Any) -> bool:
    """A predicted keyword, other than the label's, that refuses no value the label allows: a pattern that admits
    every valid witness of the label (and so failed on a reject witness), an enum that holds all the label's values
    and more, a bound below the label's lower bound or above its upper one. It checks less than the cell states,
    never refuses what the docs allow, the harm a false constraint does."""
    if key == "pattern" and isinstance(got, str) and isinstance(want, dict):
        rx = re.compile(got)
        return all(rx.search(str(v)) for v in want.get("match", []))
    if key == "enum" and isinstance(got, list) and isinstance(want, list):
        return {str(v) for v in want} < {str(v) for v in got}
    numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (want, got))
    return numbers and ((key in _LOWER_BOUNDS and got < want) or (key in _UPPER_BOUNDS and got > want))


def refuses_nothing(key: str, got: Any) -> bool:
    """A predicted keyword that is an annotation, no check: a unit, a deprecation, a condition left in words."""
    return key in ANNOTATIONS or (key == "required_when" and got == "text")


def _within(value: str, lengths: tuple[Any, Any]) -> bool:
    """The value passes the predicted `minLength`/`maxLength`: a reject witness they refuse is refused by the schema
    the cell gets (behaviour), whichever keyword refuses it; its lengths are scored on their own as well."""
    low, high = lengths
    return (low is None or len(value) >= low) and (high is None or len(value) <= high)


def wide_part(part: str) -> set[str]:
    """The services of the wide set's part: `tune` (two thirds, tuned on) or `held` (one third, never looked at
    until the end); see tests/constraints/sample_wide.py."""
    from tests.constraints.sample_wide import SEED, held_out
    from tests.constraints.sample_wide import WIDE as WIDE_SERVICES

    held = set(held_out(random.Random(SEED)))
    return held if part == "held" else set(WIDE_SERVICES) - held


def score(path: Path = LABELLED, services: set[str] | None = None) -> Score:
    entries = load_yaml(path.read_text())
    s = Score()
    for e in entries:
        if services is not None and e.get("service") not in services:
            continue
        row, table = _probe(e) if "description" in e else _find(e["service"], e["path"], e["line"], e["name"])
        want: dict[str, Any] = {k: v for k, v in (e.get("keywords") or {}).items()
                                if not (k == "format" and v in ANNOTATION_FORMATS)}
        above = tests_above(e["service"], row) if "description" not in e else None
        got = {k: v for k, v in predicted(row, table, above).items() if k in FAMILY and _scored(k, v)}
        kinds = e.get("kinds") or ["negative"]
        for key in sorted(set(want) | set(got)):
            family = FAMILY[key]
            lengths = (got.get("minLength"), got.get("maxLength"))
            if key in want and key in got and _same(key, want[key], got[key], lengths):
                s.tp[family] += 1
                for k in kinds:
                    s.cells_tp[k] += 1
                continue
            if key in got:
                s.fp[family] += 1
                if key in want and too_loose(key, want[key], got[key]):
                    s.loose += 1
                elif refuses_nothing(key, got[key]):
                    s.annotations += 1
                elif key == "default":
                    s.defaults += 1
                for k in kinds:
                    s.cells_fp[k] += 1
            if key in want:
                s.fn[family] += 1
                for k in kinds:
                    s.cells_fn[k] += 1
            where = f"{e['service']}:{e['path']}:{e['line']}" if "description" not in e else f"probe:{e['id']}"
            s.misses.append(f"{where} {e['name']}: {key} want "
                            f"{want.get(key, '-')!r} got {got.get(key, '-')!r}")
    return s


def report(s: Score) -> str:
    lines = [f"{'keyword family':16} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7}"]
    for fam in sorted(set(s.tp) | set(s.fp) | set(s.fn)):
        lines.append(f"{fam:16} {s.tp[fam]:4d} {s.fp[fam]:4d} {s.fn[fam]:4d} {s.precision(fam):9.3f} "
                     f"{s.recall(fam):7.3f}")
    lines.append(f"{'all':16} {sum(s.tp.values()):4d} {sum(s.fp.values()):4d} {sum(s.fn.values()):4d} "
                 f"{s.precision():9.3f} {s.recall():7.3f}")
    lines.append(f"of the false ones, too loose (refusing no valid witness): {s.loose}; annotations (a unit, a "
                 f"deprecation, a condition in words): {s.annotations}; defaults: {s.defaults}")
    predicted = sum(s.tp.values()) + sum(s.fp.values())
    lines.append(f"refusing a value the label allows: {s.refusing()} of {predicted} keywords predicted "
                 f"(share that refuses none: {Score.ratio(predicted - s.refusing(), predicted):.3f})")
    lines.append("")
    lines.append(f"{'cells of kind':16} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7}")
    for kind in sorted(set(s.cells_tp) | set(s.cells_fp) | set(s.cells_fn)):
        tp, fp, fn = s.cells_tp[kind], s.cells_fp[kind], s.cells_fn[kind]
        precision, recall = Score.ratio(tp, tp + fp), Score.ratio(tp, tp + fn)
        lines.append(f"{kind:16} {tp:4d} {fp:4d} {fn:4d} {precision:9.3f} {recall:7.3f}")
    return "\n".join(lines)


def render(result: Score) -> str:
    """The report and the misses, but never a miss of a held service, in any set: the held services are scored,
    never read, since a miss once seen becomes tuning data and the held figures would stop saying how the rules
    generalise."""
    held = wide_part("held")
    shown = [m for m in result.misses if m.split(":", 1)[0] not in held]
    withheld = len(result.misses) - len(shown)
    tail = [f"misses of the held services: {withheld}, not printed"] if withheld else []
    return "\n".join([report(result), "", "misses:", *shown, *tail])


if __name__ == "__main__":
    import sys

    name = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else "labelled"
    part = sys.argv[sys.argv.index("--part") + 1] if "--part" in sys.argv else ""
    result = score(SETS[name], wide_part(part) if part else None)
    print(f"set: {SETS[name].name}{f' ({part}: {len(wide_part(part))} services)' if part else ''}")
    print(render(result))
