"""Open enums on parsed data, shipped in every generated client as `_enums.py`.

Docs lag the services: a response enum lists the values of the day the page was written, and a service that
returns a new one must not make the client crash (`ValueError: 'SOME_NEW_STATUS' is not a valid BackupStatus`).
Every model's `from_dict` parses an enum field through `open_enum` (post-processing rewrites the generator's
`Status(_status)` to `open_enum("Backup.status", Status, _status)`, and the output check refuses a client
where one strict parse is left). A value the docs list gives the enum member, as before. A value they do not list,
of the enum's own type (a string for a string enum, an integer for an integer enum), gives a member made for it: a
`str` (or `int`) equal to the raw value, whose `.value` is the raw value, so the model keeps it, `to_dict()` gives it
back unchanged and comparing with the raw value holds (`backup.status == "SOME_NEW_STATUS"`). The first such value of
a field gives one `UnknownEnumValueWarning` naming the field and the value; later ones of the field are silent.

A value of another type (a number for a string enum) still raises `ValueError`, as before. Requests stay strict:
the client validates a request body and its parameters against the spec's JSON Schema before sending (`_validation`),
which refuses a value the docs do not list, whichever way the model was built.
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Callable
from enum import Enum
from typing import Any, TypeVar

E = TypeVar("E", bound=Enum)

__all__ = ["UnknownEnumValueWarning", "open_enum"]


class UnknownEnumValueWarning(UserWarning):
    """A response held an enum value the docs do not list; it is kept as it came."""


_WARNED: set[str] = set()
_LOCK = threading.Lock()


def open_enum(field: str, cls: type[E], value: Any) -> E:
    """The member of `cls` for `value`, or a member made for a value of the enum's type that the docs do not list."""
    try:
        return cls(value)
    except ValueError:
        base: type = int if issubclass(cls, int) else str
        if not isinstance(value, base) or isinstance(value, bool):
            raise
    with _LOCK:
        first = field not in _WARNED
        _WARNED.add(field)
    if first:
        listed = ", ".join(repr(m.value) for m in cls)
        warnings.warn(f"{field}: {value!r} is not a value the docs list ({listed}); kept as it came",
                      UnknownEnumValueWarning, stacklevel=3)
    new: Callable[..., E] = int.__new__ if base is int else str.__new__  # the enum's own value type
    member = new(cls, value)
    member._value_ = value
    member._name_ = str(value)
    return member


def _reset_warnings() -> None:
    """Forget which fields have warned (for tests)."""
    with _LOCK:
        _WARNED.clear()
