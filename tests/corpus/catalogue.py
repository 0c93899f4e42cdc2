"""Every service of ../shared/corpus built once per test session, in parallel worker processes.

`built(service)` builds one service on demand (a single test file stays quick); `built_all()` builds whatever is
not built yet in a process pool (one worker per CPU) and fills the same cache, so the catalogue tests and the
deep-six tests share one build per service.

Under pytest the builds use the project's build cache (`generator/cache.py`) in a folder of the tests' own
(`use_build_cache`, set by tests/conftest.py: `RST2OPENAPI_TEST_CACHE`, else `.pytest_cache/d/rst2openapi-build`):
a second run reads the pages and description cells of the 30 services warm, and gives the bytes of a cold build
(the cache's guarantee, tested in tests/test_cache.py and here in tests/corpus/test_catalogue.py). A fresh clone
(CI) starts cold. Outside pytest (`python -m tests.constraints.score`) the builds are uncached unless
`use_build_cache` is called.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path

from generator.cache import BuildCache, stale_folders
from generator.pipeline import BuildResult, build
from tests.conftest import CORPUS

__all__ = ["CATALOGUE", "build_cache_folder", "built", "built_all", "cached_build", "use_build_cache"]

# Every service folder of the corpus, discovered: a service added to ../shared/corpus is tested (and needs its
# committed spec) without editing this list.
CATALOGUE: list[str] = sorted(p.name for p in CORPUS.iterdir() if p.is_dir()) if CORPUS.is_dir() else []

_CACHE: dict[str, BuildResult] = {}
_FOLDER: list[Path] = []  # the build cache's folder, when the builds use one


_SAY: list[Callable[[str], None]] = [lambda line: None]


def _say(line: str) -> None:
    """A line on the terminal while the builds run (set by tests/conftest.py; silent outside pytest)."""
    _SAY[0](line)


def use_build_cache(base: Path | None, say: Callable[[str], None] | None = None) -> None:
    """Build through the build cache in `base` (None: no cache). Entries of another fingerprint (the tool before an
    edit of the modules that read pages, or of the rules) can never be read again: their folders are removed."""
    _FOLDER.clear()
    if say is not None:
        _SAY[0] = say
    if base is None:
        return
    for old in stale_folders(base):
        shutil.rmtree(old, ignore_errors=True)
    _FOLDER.append(base)


def build_cache_folder() -> Path | None:
    return _FOLDER[0] if _FOLDER else None


def _build(service: str, folder: Path | None) -> tuple[BuildResult, float, int, int]:
    begun = time.perf_counter()
    cache = BuildCache(folder) if folder is not None else None
    result = build(CORPUS / service, cache=cache)
    hits, misses = (cache.hits, cache.misses) if cache is not None else (0, 0)
    return result, time.perf_counter() - begun, hits, misses


def _line(service: str, seconds: float, hits: int, misses: int) -> str:
    if build_cache_folder() is None:
        return f"{service}: built in {seconds:.1f} s (no build cache)"
    warm = "warm" if misses == 0 else "cold" if hits == 0 else f"{hits} of {hits + misses} entries warm"
    return f"{service}: built in {seconds:.1f} s ({warm})"


def cached_build(docs: Path) -> BuildResult:
    """Any docs tree (../shared/corpus-history) built through the tests' build cache, as the services are."""
    folder = build_cache_folder()
    return build(docs, cache=BuildCache(folder) if folder is not None else None)


def built(service: str) -> BuildResult:
    if service not in _CACHE:
        result, seconds, hits, misses = _build(service, build_cache_folder())
        _say(_line(service, seconds, hits, misses))
        _CACHE[service] = result
    return _CACHE[service]


def built_all() -> dict[str, BuildResult]:
    missing = [s for s in CATALOGUE if s not in _CACHE]
    # the biggest first, so the pool does not end on one long build
    missing.sort(key=lambda s: -sum(1 for _ in Path(CORPUS / s).rglob("*.rst")))
    if len(missing) > 1:
        workers = min(len(missing), os.cpu_count() or 1)
        folder = build_cache_folder()
        _say(f"building {len(missing)} services of {CORPUS.name}, {workers} at a time, "
             + (f"build cache in {folder.parent}" if folder is not None else "no build cache"))
        begun = time.perf_counter()
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for service, (result, seconds, hits, misses) in zip(
                    missing, pool.map(partial(_build, folder=folder), missing), strict=True):
                _say(_line(service, seconds, hits, misses))
                _CACHE[service] = result
        _say(f"{len(missing)} services built in {time.perf_counter() - begun:.0f} s")
    elif missing:
        built(missing[0])
    return {s: _CACHE[s] for s in CATALOGUE}
