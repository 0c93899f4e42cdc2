"""Issue 9 item 2: mutated pages never break the build (the CI share of the fuzzer; the long run is
`python -m benchmarks.fuzz`).

Hypothesis draws a seed page (a style fixture, or one of a fixed set of real pages read in place from
../shared/corpus) and one to three mutations of it (tests/fuzz/mutations.py), builds the page with its companions
as a small docs tree and checks the oracle (tests/fuzz/oracle.py): `build` raises nothing, finishes within the
per-page bound, writes a valid spec, keeps the row invariant, loses no page that states an operation without a
warning, and no page fails on an internal error. Derandomized (the same cases on every run), no example database.

A failure prints the case (seed and mutations, which `Case` rebuilds), the failures, and the mutated page shrunk
to the fewest lines that still fail the same way.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.control import current_build_context

from tests.conftest import CORPUS, examples
from tests.fuzz.mutations import MUTATIONS
from tests.fuzz.oracle import BOUND, Failure, check_pages, minimise
from tests.fuzz.seeds import Case, Seed, cases, seeds_in, style_seeds

# A fixed handful of real pages, one per deep service (each in its service's style), small enough to build fast.
REAL_PAGES: tuple[tuple[str, str], ...] = (
    ("gaussdb-opengauss", "apis_recommended/parameter_configuration/"
                          "obtaining_the_parameters_of_a_specified_db_instance.rst"),
    ("relational-database-service", "openstack_trove_api_v1.0_to_be_discarded/db_instance_management/"
                                    "changing_db_instance_volume.rst"),  # PATH: + Method:
    ("cloud-container-engine", "apis/cluster_management/hibernating_a_cluster.rst"),
    ("identity-access-management", "apis/user_group_management/querying_user_group_details.rst"),
    ("elastic-volume-service", "apis_recommended/tag_management/querying_tags_of_an_evs_disk.rst"),  # in the field
    ("elastic-cloud-server", "native_openstack_nova_apis/disk_management/detaching_a_disk_from_an_ecs.rst"),
)
# Costly mutations (a 100 kB cell, a 12,000-character line: about a second per build) get their own few cases.
BIG = ("big_cell", "long_line")
CHEAP = tuple(n for n in MUTATIONS if n not in BIG)

def _settings(full: int) -> settings:
    return settings(max_examples=examples(full), derandomize=True, database=None, deadline=None, print_blob=False,
                    suppress_health_check=list(HealthCheck))


@cache
def real_seeds() -> tuple[Seed, ...]:
    out: list[Seed] = []
    for service, page in REAL_PAGES:
        root = CORPUS / service / "api-ref" / "source"
        assert (root / page).is_file(), f"{root / page}: the real docs are expected at ../shared/corpus"
        out.extend(seeds_in(root, f"corpus/{service}", [root / page]))
    return tuple(out)


def _explain(case: Case, failures: Sequence[Failure]) -> str:
    """The case and its failures; for the final (shrunk) failing case also the mutated page shrunk to the fewest
    lines that still fail the same way, and the mutation as a diff of the seed."""
    lines = [f"case: {case}", *(f"  {f.kind}: {f.signature}\n    {f.detail[-1500:]}" for f in failures)]
    if current_build_context().is_final:
        mutated = case.mutated()
        small = minimise(case.tree, mutated, failures[0].signature, budget=60)
        shown = "\n".join(ln if len(ln) <= 300 else f"{ln[:300]}... ({len(ln)} characters)" for ln in small.split("\n"))
        lines.append(f"minimal page ({case.seed.page}, {len(small.splitlines())} lines, long lines cut):\n"
                     f"{shown[:20_000]}")
        original = case.seed.texts()[case.seed.page]
        diff = difflib.unified_diff(original.splitlines(), mutated.splitlines(), "seed", "mutated", lineterm="", n=1)
        lines.append("mutation diff (lines cut at 300 characters):\n" + "\n".join(d[:300] for d in list(diff)[:200]))
    return "\n".join(lines)


def _check(case: Case) -> None:
    verdict = check_pages(case.pages(), BOUND)
    assert verdict.ok, _explain(case, verdict.failures)


@_settings(200)
@given(cases(style_seeds(), CHEAP))
def test_mutated_style_fixtures_build(case: Case) -> None:
    _check(case)


@pytest.mark.corpus  # real pages: the quick loop keeps the style fixtures' cases
@_settings(30)
@given(st.deferred(lambda: cases(real_seeds(), CHEAP, max_size=2)))
def test_mutated_real_pages_build(case: Case) -> None:
    _check(case)


@pytest.mark.slow  # a campaign of costly builds: the quick loop keeps test_cases.py's 100 kB cell and long line
@_settings(5)
@given(cases(style_seeds(), BIG, max_size=1))
def test_a_100_kb_cell_or_a_long_line_builds(case: Case) -> None:
    _check(case)
