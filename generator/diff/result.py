"""What a diff reports: the operation a change names, the change, and the whole result."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from generator.diff.rules import KINDS, Side, rule

JSON = dict[str, Any]

METHOD_ORDER = {m: i for i, m in enumerate(["get", "put", "post", "delete", "options", "head", "patch", "trace"])}


@dataclass(frozen=True)
class OpRef:
    """An operation as a change names it: METHOD, path and operationId (of the variant, for variant changes)."""

    method: str
    path: str
    operation_id: str

    def __str__(self) -> str:
        head = f"{self.method.upper()} {self.path}"
        return f"{head} ({self.operation_id})" if self.operation_id else head

    def sort_key(self) -> tuple[str, int, str]:
        return (self.path, METHOD_ORDER.get(self.method, 9), self.operation_id)


@dataclass(frozen=True)
class Change:
    """One change. `side` is where it sits (operation, request, response, parameter): with `kind` it is the key
    of the rule table (`generator.diff.rules.RULES`) that decides `breaking`."""

    kind: str
    breaking: bool
    operation: OpRef
    pointer: str
    message: str
    old_source: str | None
    new_source: str | None
    side: Side = "operation"

    def as_dict(self) -> JSON:
        return {
            "kind": self.kind,
            "side": self.side,
            "breaking": self.breaking,
            "operation": {"method": self.operation.method.upper(), "path": self.operation.path,
                          "operationId": self.operation.operation_id},
            "pointer": self.pointer,
            "message": self.message,
            "old_source": self.old_source,
            "new_source": self.new_source,
        }


@dataclass(frozen=True)
class DiffResult:
    changes: tuple[Change, ...]
    old_label: str = "OLD"
    new_label: str = "NEW"

    @property
    def breaking(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.breaking)

    @property
    def non_breaking(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if not c.breaking)

    @property
    def has_breaking(self) -> bool:
        return any(c.breaking for c in self.changes)

    def counts(self, breaking: bool | None = None) -> dict[str, int]:
        """Changes by kind (only the breaking or non-breaking ones when asked), in KINDS order."""
        counter = Counter(c.kind for c in self.changes if breaking is None or c.breaking == breaking)
        order = list(KINDS)
        return {k: counter[k] for k in sorted(counter, key=lambda k: (order.index(k) if k in order else 999, k))}


class Recorder:
    """Collects the changes, each classified by the rule table (`breaking` overrides it for the three kinds the
    table names as decided by more than their side)."""

    def __init__(self) -> None:
        self.changes: list[Change] = []

    def emit(self, kind: str, side: Side, op: OpRef, pointer: str, message: str, old_source: str | None,
             new_source: str | None, breaking: bool | None = None) -> None:
        flag = rule(kind, side).breaking if breaking is None else breaking
        self.changes.append(Change(kind, flag, op, pointer, message, old_source or None, new_source or None, side))
