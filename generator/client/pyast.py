"""`ast.parse` and `ast.literal_eval` of generated code, one at a time: CPython 3.11 is not thread-safe there ("AST
constructor recursion depth mismatch" when two clients are generated or checked at once, as
tests/client/test_six_services.py does)."""

from __future__ import annotations

import ast
import threading
from typing import Any

_LOCK = threading.Lock()


def parse(text: str) -> ast.Module:
    with _LOCK:
        return ast.parse(text)


def literal(text: str) -> Any:
    """The value of a Python literal (a string key of the generated code)."""
    with _LOCK:
        return ast.literal_eval(text)
