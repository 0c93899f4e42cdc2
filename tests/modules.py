"""Loading a module file as a fresh module, with some imports made to fail: how the tests and benchmarks run the
client's `_validation.py` as it runs where jsonschema-rs is not installed."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType


def load_file(name: str, path: str | Path | None, unimportable: Iterable[str] = ()) -> ModuleType:
    """The module at `path`, executed afresh as `name` (not put in `sys.modules`), with each module of `unimportable`
    raising ImportError when it imports it; `sys.modules` is as it was afterwards."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    blocked = list(unimportable)
    saved = {blocked_name: sys.modules.get(blocked_name) for blocked_name in blocked}
    for blocked_name in blocked:
        sys.modules[blocked_name] = None  # type: ignore[assignment]  # `import blocked_name` raises ImportError
    try:
        spec.loader.exec_module(module)
    finally:
        for blocked_name, module_before in saved.items():
            if module_before is None:
                del sys.modules[blocked_name]
            else:
                sys.modules[blocked_name] = module_before
    return module
