"""Which old thing is which new thing: operations (METHOD + path, then the page behind them), and the generic
pairing used for variants and alternatives."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from generator.diff.doc import JSON, as_dict, as_list, as_str
from generator.diff.result import METHOD_ORDER, OpRef
from generator.rst.uri import normalise_path


def match(n_old: int, n_new: int, same: Sequence[Callable[[int, int], bool]],
          score: Callable[[int, int], float],
          absorbed: Callable[[int, int], bool] | None = None) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Pairs (old index, new index): first by each `same` rule in turn, then by the best positive score.

    An entry left over on either side is then paired with one on the other side for which `absorbed` holds, even
    one already paired (several pages merged into one, or one shared body standing for several pages: each shape is
    compared with the one that now stands for it). A single old entry left over goes with the best remaining new
    one.
    """
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs: list[tuple[int, int]] = []

    def pair(i: int, j: int) -> None:
        pairs.append((i, j))
        used_old.add(i)
        used_new.add(j)

    for rule in same:
        for i in range(n_old):
            if i in used_old:
                continue
            j_same = next((j for j in range(n_new) if j not in used_new and rule(i, j)), None)
            if j_same is not None:
                pair(i, j_same)
    scored = sorted(((score(i, j), i, j) for i in range(n_old) if i not in used_old
                     for j in range(n_new) if j not in used_new), key=lambda t: (-t[0], t[1], t[2]))
    for value, i, j in scored:
        if value > 0 and i not in used_old and j not in used_new:
            pair(i, j)
    if absorbed is not None:
        for i in range(n_old):
            j_into = next((j for j in range(n_new) if i not in used_old and absorbed(i, j)), None)
            if j_into is not None:
                pair(i, j_into)
        for j in range(n_new):
            i_from = next((i for i in range(n_old) if j not in used_new and absorbed(i, j)), None)
            if i_from is not None:
                pair(i_from, j)
    if n_old == 1 and 0 not in used_old:
        free = [j for j in range(n_new) if j not in used_new]
        if free:
            pair(0, max(free, key=lambda j: (score(0, j), -j)))
    lone_old = [i for i in range(n_old) if i not in used_old]
    lone_new = [j for j in range(n_new) if j not in used_new]
    return sorted(pairs), lone_old, lone_new


@dataclass(frozen=True)
class Op:
    method: str
    path: str
    op: JSON

    @property
    def key(self) -> tuple[str, str]:
        return (self.method, normalise_path(self.path))

    @property
    def operation_id(self) -> str:
        return as_str(self.op.get("operationId"))

    @property
    def source(self) -> str | None:
        return as_str(self.op.get("x-doc-source")) or None

    @property
    def names(self) -> frozenset[str]:
        """The page names behind the operation (`x-original-name`, and each variant's `original_name`)."""
        names = {as_str(self.op.get("x-original-name"))}
        names.update(as_str(as_dict(v).get("original_name")) for v in as_list(self.op.get("x-variants")))
        return frozenset(n for n in names if n)

    def ref(self) -> OpRef:
        return OpRef(self.method, self.path, self.operation_id)

    def sort_key(self) -> tuple[str, int, str]:
        return (self.path, METHOD_ORDER.get(self.method, 9), self.operation_id)


def list_operations(spec: JSON) -> list[Op]:
    ops: list[Op] = []
    for path, item in as_dict(spec.get("paths")).items():
        for method, op in as_dict(item).items():
            if method.lower() in METHOD_ORDER and isinstance(op, dict):
                ops.append(Op(method.lower(), str(path), op))
    return sorted(ops, key=Op.sort_key)


@dataclass
class OpPairs:
    """Old operation index -> new operation index: the same METHOD + path, moved (the page now documents another
    path), relocated (the page moved while another page still documents the old path); `claimed` new indexes."""

    same: dict[int, int] = field(default_factory=dict)
    moved: dict[int, int] = field(default_factory=dict)
    relocated: dict[int, int] = field(default_factory=dict)
    claimed: set[int] = field(default_factory=set)


def pair_operations(olds: Sequence[Op], news: Sequence[Op]) -> OpPairs:
    out = OpPairs()
    by_key: dict[tuple[str, str], list[int]] = {}
    for j, n in enumerate(news):
        by_key.setdefault(n.key, []).append(j)
    for i, o in enumerate(olds):
        cands = [j for j in by_key.get(o.key, []) if j not in out.claimed]
        if cands:
            j = next((j for j in cands if news[j].path == o.path), cands[0])
            out.same[i] = j
            out.claimed.add(j)
    for i, o in enumerate(olds):
        if i in out.same or not o.names:
            continue
        j_best = _page_match(o, news, out.claimed, frozenset())
        if j_best is not None:
            out.moved[i] = j_best
            out.claimed.add(j_best)
    for i, j_same in out.same.items():
        o = olds[i]
        if not o.names:
            continue
        j_best = _page_match(o, news, out.claimed, news[j_same].names)
        if j_best is not None:
            out.relocated[i] = j_best
            out.claimed.add(j_best)
    return out


def _page_match(o: Op, news: Sequence[Op], claimed: set[int], exclude: frozenset[str]) -> int | None:
    """The unclaimed new operation (same method) documented by the same page as `o`, if any."""
    best: tuple[int, int, int] | None = None
    for j, n in enumerate(news):
        if j in claimed or n.method != o.method:
            continue
        common = o.names & n.names
        if not common or (n.names & exclude):
            continue
        primary = int(bool(o.op.get("x-original-name")) and o.op.get("x-original-name") ==
                      n.op.get("x-original-name"))
        rank = (len(common), primary, -j)
        if best is None or rank > best:
            best = rank
    return -best[2] if best is not None else None
