"""Every service of ../shared/corpus built once per test session, in parallel worker processes.

`built(service)` builds one service on demand (a single test file stays quick); `built_all()` builds whatever is
not built yet in a process pool (one worker per CPU) and fills the same cache, so the catalogue tests and the
deep-six tests share one build per service.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from generator.pipeline import BuildResult, build
from tests.conftest import CORPUS

__all__ = ["CATALOGUE", "built", "built_all"]

# Every service folder of the corpus, discovered: a service added to ../shared/corpus is tested (and needs its
# committed spec) without editing this list.
CATALOGUE: list[str] = sorted(p.name for p in CORPUS.iterdir() if p.is_dir()) if CORPUS.is_dir() else []

_CACHE: dict[str, BuildResult] = {}


def _build(service: str) -> BuildResult:
    return build(CORPUS / service)


def built(service: str) -> BuildResult:
    if service not in _CACHE:
        _CACHE[service] = _build(service)
    return _CACHE[service]


def built_all() -> dict[str, BuildResult]:
    missing = [s for s in CATALOGUE if s not in _CACHE]
    # the biggest first, so the pool does not end on one long build
    missing.sort(key=lambda s: -sum(1 for _ in Path(CORPUS / s).rglob("*.rst")))
    if len(missing) > 1:
        with ProcessPoolExecutor(max_workers=min(len(missing), os.cpu_count() or 1)) as pool:
            for service, result in zip(missing, pool.map(_build, missing), strict=True):
                _CACHE[service] = result
    elif missing:
        built(missing[0])
    return {s: _CACHE[s] for s in CATALOGUE}
