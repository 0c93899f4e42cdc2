"""Draw the sample of EMITTED prose keywords audited for precision (issue 10, item 2; emitted_audit.yaml).

Run from the repository root:

    python -m tests.constraints.audit_emitted                # the sample as YAML skeletons (verdicts empty)
    python -m tests.constraints.audit_emitted --seed 7       # another draw
    python -m tests.constraints.audit_emitted --seed 7 --family range --family length   # those families only
    python -m tests.constraints.audit_emitted --seed 7 --family pattern --count pattern=60   # 60 of them
    python -m tests.constraints.audit_emitted --rejudge      # the audited entries against today's committed specs
    python -m tests.constraints.audit_emitted --since a453770   # every keyword new or changed since that commit

Method: every `x-constraint-source` entry (`keyword: path:line: sentence`) of the committed specs spec/<service>.yaml
of the services that are not held out (the deep six and the wide services' tuning part) is one candidate: (service,
keyword, path, line), without repeats (a row read in a request and a response schema is one candidate), with the
value the keyword has in the schema that names it. Candidates are sorted; per family in FAMILIES order, one
random.Random(seed) draws PER_FAMILY[family] of them with rng.sample (all of them when the family has fewer);
`--family` draws only the families it names, skipping the others. emitted_audit.yaml is the first six families' draw:
range, length and default came after it, at the end of FAMILIES, so its seed still draws its entries first.
emitted_audit2.yaml is the second audit (seed 20261206; enumeration, range, length and default), emitted_audit3.yaml the
third (seed 20261207; pattern, conditional, format and unit), emitted_audit4.yaml the fourth (seed 20261208;
pattern and enumeration), emitted_audit5.yaml the fifth (seed 20261209; pattern and enumeration),
emitted_audit6.yaml the sixth (seed 20261210; range, length, default, not and format), emitted_audit7.yaml the seventh
(seed 20261211; conditional, unit and enumeration), emitted_audit8.yaml the eighth (seed 20261212; pattern, default
and length), emitted_audit9.yaml the ninth (seed 20261213; pattern, enumeration, conditional and unit),
emitted_audit10.yaml the tenth (seed 20261214; default, range, length and format); emitted_audit11.yaml is no
draw but every keyword a day's rule changes added (its header says how it was chosen); emitted_audit12.yaml the
twelfth (seed 20261215; format, conditional, enumeration and pattern); emitted_audit13.yaml every keyword the
second mining pass added (`--since a453770` with the specs of c31fa51 checked out); emitted_audit14.yaml every
keyword the pattern and enumeration passes added (`--since c8b3005` with the specs of b8d4c67); emitted_audit15.yaml
every keyword the ninth round's rules added (`--since 8e00b05` with the specs of c9bab37); emitted_audit16.yaml the
sixteenth (seed 20261216; pattern, enumeration, default, range and length; the specs of 553fb9d);
emitted_audit17.yaml every keyword the paraphrase round added (`--since 71dc428` with the specs of 45c5a24).
Only the committed specs are read; the held-out services' specs are never opened. The draw depends on the specs it
reads: emitted_audit.yaml was drawn from the specs of commit 8c32ec7 (`git stash; git checkout 8c32ec7 -- spec` to
draw it again), before the fixes its verdicts led to; `--rejudge` reads today's specs.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from generator.report.sources import constraint_entries
from generator.writer import load_yaml
from tests.conftest import SERVICES
from tests.constraints.sample_wide import SEED as WIDE_SEED
from tests.constraints.sample_wide import WIDE, held_out

PROJECT = Path(__file__).resolve().parents[2]
AUDIT = Path(__file__).with_name("emitted_audit.yaml")
SEED = 20261205

FAMILIES: dict[str, tuple[str, ...]] = {
    "pattern": ("pattern",),
    "unit": ("x-unit",),
    "enumeration": ("enum",),
    "conditional": ("if/then", "dependentRequired", "x-required-when"),
    "format": ("format", "x-format"),
    "not": ("not",),
    "range": ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"),
    "length": ("minLength", "maxLength"),
    "default": ("default",),
}
PER_FAMILY = {"pattern": 60, "unit": 30, "enumeration": 40, "conditional": 25, "format": 25, "not": 20, "range": 40,
              "length": 40, "default": 40}

Candidate = dict[str, Any]


def audited_services() -> list[str]:
    """The deep six and the wide services that are not held out."""
    return sorted(set(SERVICES) | (set(WIDE) - set(held_out(random.Random(WIDE_SEED)))))


def _conditionals(spec: Any, out: dict[int, list[Any]] | None = None) -> dict[int, list[Any]]:
    """The `if`/`then` of each property a condition makes mandatory, by the id of the property's schema: they sit in
    the `allOf` of the object that holds the property, not on the property (before the twelfth audit the sample showed
    `if: null, then: null` for every one of them)."""
    out = {} if out is None else out
    if isinstance(spec, dict):
        properties = spec.get("properties")
        for item in spec.get("allOf") or [] if isinstance(properties, dict) else []:
            then = item.get("then") if isinstance(item, dict) else None
            for name in then.get("required") or [] if isinstance(then, dict) else []:
                if isinstance(properties, dict) and isinstance(properties.get(name), dict):
                    out.setdefault(id(properties[name]), []).append({"if": item.get("if"), "then": then})
        for value in spec.values():
            _conditionals(value, out)
    elif isinstance(spec, list):
        for value in spec:
            _conditionals(value, out)
    return out


def _value(node: dict[str, Any], keyword: str, conditionals: dict[int, list[Any]]) -> Any:
    if keyword == "if/then":
        found = conditionals.get(id(node), [])
        return found[0] if len(found) == 1 else found
    return node.get(keyword)


def candidates(service: str, rev: str | None = None) -> list[Candidate]:
    """Every emitted keyword of the service's committed spec (at git revision `rev`, else as checked out) with its
    source, without repeats."""
    path = PROJECT / "spec" / f"{service}.yaml"
    text = path.read_text(encoding="utf-8") if rev is None else subprocess.run(
        ["git", "show", f"{rev}:spec/{service}.yaml"], cwd=PROJECT, capture_output=True, text=True, check=True).stdout
    spec = load_yaml(text)
    out: dict[tuple[str, str, int], Candidate] = {}
    conditionals = _conditionals(spec)
    for node, keyword, path, line, sentence in constraint_entries(spec):
        out.setdefault((keyword, path, line), {"service": service, "keyword": keyword,
                                               "value": _value(node, keyword, conditionals),
                                               "source": f"{path}:{line}", "sentence": sentence})
    return [out[k] for k in sorted(out)]


def changed(before: list[Candidate], after: list[Candidate]) -> list[Candidate]:
    """The keywords of `after` whose (keyword, source) `before` lacks or gave another value: what a change added."""
    old = {(c["keyword"], c["source"]): c["value"] for c in before}
    missing = object()
    return [c for c in after if old.get((c["keyword"], c["source"]), missing) != c["value"]]


def since(rev: str) -> list[Candidate]:
    """Every audited keyword of the checked-out specs new or changed since the specs of `rev` (audits 11, 13 and 14),
    in the families of FAMILIES, each with its family."""
    family_of = {k: family for family, keywords in FAMILIES.items() for k in keywords}
    return [{"family": family_of[c["keyword"]], **c, "verdict": "", "reason": ""}
            for service in audited_services() for c in changed(candidates(service, rev), candidates(service))
            if c["keyword"] in family_of]


def draw(seed: int, families: list[str] | None = None, counts: dict[str, int] | None = None) -> list[Candidate]:
    """The sample of `families` (all of FAMILIES when None), drawn in FAMILIES order with one random.Random(seed),
    `counts[family]` of a family where given, else PER_FAMILY's."""
    per_family = {**PER_FAMILY, **(counts or {})}
    rng = random.Random(seed)
    everything = [c for service in audited_services() for c in candidates(service)]
    sample: list[Candidate] = []
    for family, keywords in FAMILIES.items():
        if families is not None and family not in families:
            continue
        pool = [c for c in everything if c["keyword"] in keywords]
        chosen = pool if len(pool) <= per_family[family] else rng.sample(pool, per_family[family])
        sample += [{"family": family, **c, "verdict": "", "reason": ""} for c in chosen]
    return sample


def rejudge() -> list[dict[str, Any]]:
    """Each audited entry with the value its keyword has today at the same source (None: no longer emitted)."""
    entries = yaml.safe_load(AUDIT.read_text(encoding="utf-8"))["entries"]
    today: dict[str, dict[tuple[str, str], Any]] = {}
    out = []
    for entry in entries:
        service = entry["service"]
        if service not in today:
            today[service] = {(c["keyword"], c["source"]): c["value"] for c in candidates(service)}
        now = today[service].get((entry["keyword"], entry["source"]))
        out.append({**entry, "now": now, "changed": now != entry["value"]})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--family", action="append", choices=list(FAMILIES),
                        help="draw only this family (repeatable); the draw of the others is not made")
    parser.add_argument("--count", action="append", default=[], metavar="FAMILY=N",
                        help="draw N keywords of FAMILY instead of PER_FAMILY's (repeatable)")
    parser.add_argument("--rejudge", action="store_true")
    parser.add_argument("--since", metavar="REV", help="every keyword new or changed since the specs of git REV")
    args = parser.parse_args(argv)
    families = args.family or list(FAMILIES)
    counts = {name: int(n) for name, n in (c.split("=", 1) for c in args.count)}
    if args.since:
        data: Any = {"since": args.since, "entries": since(args.since)}
    else:
        data = rejudge() if args.rejudge else {"seed": args.seed, "families": families,
                                               "entries": draw(args.seed, args.family, counts)}
    yaml.safe_dump(data, sys.stdout, sort_keys=False, allow_unicode=True, width=120)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
