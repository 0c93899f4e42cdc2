"""Modules the tests load: a module file as a fresh module with some imports made to fail (the client's
`_validation.py` as it runs where jsonschema-rs is not installed), and a generated client package made importable
for the length of a fixture."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
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


@contextmanager
def importable(folder: Path, package: str) -> Iterator[None]:
    """`package`, generated into `folder`, importable while the block runs; afterwards `folder` is off `sys.path`
    and the package and its modules are out of `sys.modules`, so that another client of the same name can follow."""
    sys.path.insert(0, str(folder))
    try:
        yield
    finally:
        sys.path.remove(str(folder))
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]
