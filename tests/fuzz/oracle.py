"""The fuzz oracle: what must hold for any docs tree, however broken its pages are.

`check_tree(root)` builds the tree with `generator.pipeline.build` and returns a `Verdict` listing every broken
property as a `Failure` of one kind:

- `exception`: `build` raised.
- `hang`: `build` (or the checks of its spec) ran past the time bound: `bound` seconds of CPU time per page of
  the tree (CPU time, not wall time, so that a loaded machine does not make a hang of a slow page). On POSIX, in
  the main thread, a `signal.setitimer(ITIMER_PROF)` alarm interrupts it (the traceback says where it was);
  elsewhere the CPU time is only compared with the bound afterwards. `benchmarks/fuzz.py` also kills a worker
  process that gives no answer in twice the bound of wall time plus 30 s (code stuck where no signal is seen).
- `invalid-spec`: the spec does not dump or load back, or is not valid. Valid means: `dump_spec` gives YAML and
  JSON that load back to the same value; `openapi_spec_validator.validate` accepts the loaded JSON (what a client
  reads); every path is an RFC 6570 level-1 template (`/literal/{name}`: no unclosed or empty braces, no
  control character or space) whose placeholders are exactly its path parameters; every `default` is a value its
  own schema accepts (Draft 2020-12, formats checked).
- `invariant`: the row accounting does not add up: per page `parameter_rows == rows_as_properties +
  rows_as_diagnostics`, and the totals are the sums over the pages and add up the same way.
- `lost-page`: a page that `pages_stating_method_path` (the independent, docutils-free measure of
  `tests/corpus/test_corpus.py`) says states an operation is neither an `operation` page in the report nor the
  location of a diagnostic at warning or error severity.
- `internal-error`: the build went on, but a unit (a rule on a cell, a row, a page, an operation, an example)
  failed on a bug of the tool: an `internal-error` diagnostic. Fault isolation kept the build alive; the crash
  is still a bug.

(`fuzzer-error`, a mutation that raised, is a bug of the fuzzer itself; `benchmarks/fuzz.py` reports it apart.)

Each failure has a `signature`, the failure's class: the exception type and the innermost frame of `generator/`
it came from, the validator keyword and where in the spec, the check that failed. Failures with one signature are
one bug; `minimise` shrinks a page to the fewest lines that still show a given signature.
"""

from __future__ import annotations

import contextlib
import json
import re
import signal
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from generator.diagnostics import Severity
from generator.formats import FORMAT_CHECKER
from generator.pipeline import BuildResult, build
from generator.writer import dump_spec
from tests.corpus.test_corpus import pages_stating_method_path

__all__ = [
    "BOUND",
    "KINDS",
    "Failure",
    "PageTimeout",
    "Verdict",
    "check_pages",
    "check_tree",
    "minimise",
    "result_failures",
    "spec_failures",
    "time_limit",
    "write_tree",
]

BOUND = 10.0  # CPU seconds per page of the tree: a one-page build takes 0.05-0.5 s, a 100 kB cell about 1 s
KINDS = ("exception", "hang", "invalid-spec", "invariant", "lost-page", "internal-error", "fuzzer-error")
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_GENERATOR = Path(__file__).resolve().parents[2] / "generator"


class PageTimeout(BaseException):
    """Raised by the alarm. A BaseException, so that no `except Exception` of the build swallows it."""


@dataclass(frozen=True)
class Failure:
    kind: str  # one of KINDS
    signature: str  # the failure's class: one signature, one bug
    detail: str  # the message, the traceback, the offending value

    def __str__(self) -> str:
        return f"{self.kind}: {self.signature}\n{self.detail}"


@dataclass(frozen=True)
class Verdict:
    failures: tuple[Failure, ...]
    seconds: float  # CPU time of the build
    pages: int
    operation_pages: int = 0
    diagnostics: Mapping[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failures


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise `PageTimeout` in the code under the `with` after `seconds` of the process's CPU time (POSIX, main
    thread: an ITIMER_PROF alarm); elsewhere do nothing (the caller compares the CPU time with the bound
    afterwards)."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def alarm(signum: int, frame: FrameType | None) -> None:
        raise PageTimeout(f"over {seconds:g} s of CPU time")

    previous = signal.signal(signal.SIGPROF, alarm)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _where(tb: TracebackType | None) -> str:
    """The innermost frame in `generator/` (else the innermost frame): `generator/x/y.py:function`."""
    frames = traceback.extract_tb(tb)
    ours = [f for f in frames if Path(f.filename).resolve().is_relative_to(_GENERATOR)]
    if not (ours or frames):
        return "?"
    frame = (ours or frames)[-1]
    path = Path(frame.filename).resolve()
    shown = path.relative_to(_GENERATOR.parent) if path.is_relative_to(_GENERATOR) else Path(*path.parts[-3:])
    return f"{shown.as_posix()}:{frame.name}"


def _exception(kind: str, exc: BaseException) -> Failure:
    detail = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)[-12:])
    return Failure(kind, f"{type(exc).__name__} in {_where(exc.__traceback__)}", detail[-6000:])


# ----------------------------------------------------------------------------------------------------------------
# valid spec

_VAR = r"\{[^{}/\s]+\}"
# RFC 6570 literals: no control character, space, quote, `%` (but pct-encoded), `<>\^`|` or braces
_LITERAL = r"(?:[^\x00-\x20\x7f-\x9f\"'%<>\\^`{|}]|%[0-9A-Fa-f]{2})"
_TEMPLATE = re.compile(rf"/(?:{_LITERAL}|{_VAR})*")
_NAMES = re.compile(r"\{([^{}]*)\}")


def _pointer_shape(path: Sequence[Any]) -> str:
    """A validator error path with names generalised: `paths/*/post/parameters/*/name`."""
    shape: list[str] = []
    for i, part in enumerate(path):
        parent = path[i - 1] if i else None
        keep = isinstance(part, str) and parent not in ("paths", "schemas", "properties", "responses",
                                                         "patternProperties", "examples", "content", "$defs")
        shape.append(str(part) if keep else "*")
    return "/".join(shape[-4:])


def _walk_schemas(node: Any, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        if "default" in node and ("type" in node or "format" in node or "enum" in node or "pattern" in node):
            yield pointer, node
        for key, value in node.items():
            if key not in ("example", "examples", "default", "x-default", "enum", "const"):
                yield from _walk_schemas(value, f"{pointer}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk_schemas(value, f"{pointer}/{i}")


def spec_failures(spec: dict[str, Any]) -> list[Failure]:
    """Every way the spec is not valid (see the module docstring)."""
    failures: list[Failure] = []
    try:
        as_yaml, as_json = dump_spec(spec, "yaml"), dump_spec(spec, "json")
        loaded = json.loads(as_json)
        if yaml.load(as_yaml, Loader=_LOADER) != loaded:
            failures.append(Failure("invalid-spec", "dump: YAML and JSON load back to different values", ""))
    except Exception as exc:
        return [_exception("invalid-spec", exc)]
    try:
        validate(loaded)
    except Exception as exc:
        validator = getattr(exc, "validator", None)
        where = _pointer_shape(list(getattr(exc, "absolute_path", None) or getattr(exc, "path", None) or []))
        if validator is not None:
            signature = f"validate: `{validator}` at {where}"
        else:
            signature = f"validate: {type(exc).__name__} in {_where(exc.__traceback__)}"
        failures.append(Failure("invalid-spec", signature, str(exc)[:3000]))
    for path, item in loaded.get("paths", {}).items():
        if not _TEMPLATE.fullmatch(path):
            failures.append(Failure("invalid-spec", "path: not an RFC 6570 template", repr(path)))
            continue
        names = sorted(set(_NAMES.findall(path)))  # a name may stand twice (`/{project_id}/x/{project_id}`)
        for method, op in item.items():
            if not isinstance(op, dict) or method == "parameters":
                continue
            declared = sorted(p.get("name", "") for p in op.get("parameters", []) if p.get("in") == "path")
            if declared != names:
                failures.append(Failure("invalid-spec", "path: placeholders are not the path parameters",
                                        f"{method.upper()} {path}: {names} vs {declared}"))
    for pointer, schema in _walk_schemas(loaded, ""):
        if any(isinstance(v, dict) and "$ref" in v for v in schema.values()) or "$ref" in json.dumps(schema):
            continue
        rules = {k: v for k, v in schema.items() if k != "default"}
        try:
            Draft202012Validator.check_schema(rules)
            errors = list(Draft202012Validator(rules, format_checker=FORMAT_CHECKER)  # the build's own checker
                          .iter_errors(schema["default"]))
        except Exception:
            continue  # a schema the validator rejects is reported by `validate` above
        if errors:
            failures.append(Failure("invalid-spec", f"default: fails its own `{errors[0].validator}`",
                                    f"{pointer}: {schema['default']!r}: {errors[0].message}"))
    return failures


# ----------------------------------------------------------------------------------------------------------------
# report checks


def invariant_failures(report: dict[str, Any]) -> list[Failure]:
    failures: list[Failure] = []
    keys = ("parameter_rows", "rows_as_properties", "rows_as_diagnostics")
    for page in report["pages"]:
        rows, props, diags = (page[k] for k in keys)
        if rows != props + diags or min(rows, props, diags) < 0:
            failures.append(Failure("invariant", "rows: page rows != properties + diagnostics",
                                    f"{page['path']}: {rows} != {props} + {diags}"))
    totals = report["totals"]
    for k in keys:
        if totals[k] != sum(p[k] for p in report["pages"]):
            failures.append(Failure("invariant", f"rows: totals.{k} is not the sum over the pages",
                                    f"{totals[k]} != {sum(p[k] for p in report['pages'])}"))
    if totals["parameter_rows"] != totals["rows_as_properties"] + totals["rows_as_diagnostics"]:
        failures.append(Failure("invariant", "rows: total rows != properties + diagnostics", str(totals)))
    return failures


def lost_pages(root: Path, result: BuildResult) -> list[Failure]:
    """Pages stating an operation (the independent measure) that are no operation page and have no diagnostic at
    warning or error severity at their path."""
    status = {p["path"]: p for p in result.report["pages"]}
    warned = {d.loc.path for d in result.diagnostics if d.severity >= Severity.WARNING}
    failures: list[Failure] = []
    for page in sorted(pages_stating_method_path(root)):
        entry = status.get(page)
        if entry is not None and entry["status"] == "operation":
            continue
        if page in warned:
            continue
        reason = entry.get("reason", "") if entry is not None else "not in the report"
        cause = re.sub(r"\d+", "N", reason)[:80]
        failures.append(Failure("lost-page", f"page lost: {cause}",
                                f"{page}: status {entry['status'] if entry else '?'}: {reason}"))
    return failures


_INTERNAL = re.compile(r"^(?P<stage>[^:]+): .*?\b(?P<type>[A-Z]\w*(?:Error|Exception|Iteration|Exit)): "
                       r"(?:.*\(at (?P<at>[^:)]+):\d+\))?")


def internal_errors(result: BuildResult) -> list[Failure]:
    """Units that failed on a bug of the tool which fault isolation caught (`internal-error` diagnostics)."""
    failures: list[Failure] = []
    for d in result.diagnostics:
        if d.code != "internal-error":
            continue
        m = _INTERNAL.match(d.message)
        what = f"{m.group('stage')}: {m.group('type')} in {m.group('at') or '?'}" if m else d.message[:80]
        failures.append(Failure("internal-error", f"internal-error: {what}", f"{d.loc}: {d.message}"))
    return failures


# ----------------------------------------------------------------------------------------------------------------
# the checks


def result_failures(root: Path, result: BuildResult) -> list[Failure]:
    """The report checks of a build of `root`: row invariant, pages lost without a diagnostic, internal errors."""
    return [*invariant_failures(result.report), *lost_pages(root, result), *internal_errors(result)]


def check_tree(root: Path, bound: float = BOUND) -> Verdict:
    """Build the docs tree at `root` and check everything above; never raises (but KeyboardInterrupt)."""
    pages = max(1, sum(1 for _ in root.rglob("*.rst")))
    limit = bound * pages
    start = time.process_time()
    try:
        with time_limit(limit):
            result = build(root)
    except PageTimeout as exc:
        return Verdict((_exception("hang", exc),), time.process_time() - start, pages)
    except Exception as exc:
        return Verdict((_exception("exception", exc),), time.process_time() - start, pages)
    seconds = time.process_time() - start
    failures: list[Failure] = []
    if seconds > limit:
        failures.append(Failure("hang", "over the time bound (not interrupted)",
                                f"{seconds:.1f} s of CPU time > {limit:g} s"))
    try:
        with time_limit(limit):
            failures.extend(spec_failures(result.spec))
    except PageTimeout as exc:
        failures.append(_exception("hang", exc))
    failures.extend(result_failures(root, result))
    totals = result.report["totals"]
    return Verdict(tuple(failures), seconds, pages, totals["operation_pages"],
                   dict(totals["diagnostics_by_code"]))


def write_tree(folder: Path, pages: Mapping[str, str]) -> None:
    """The pages written under `folder` (UTF-8; lone surrogates, which UTF-8 cannot hold, as U+FFFD)."""
    for rel, text in pages.items():
        file = folder / rel
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_bytes(text.encode("utf-8", errors="replace"))


def check_pages(pages: Mapping[str, str], bound: float = BOUND) -> Verdict:
    """`check_tree` on a docs tree made of these pages (path relative to the docs root -> text)."""
    with tempfile.TemporaryDirectory(prefix="fuzz-") as tmp:
        write_tree(Path(tmp), pages)
        return check_tree(Path(tmp), bound)


def minimise(tree: Callable[[str], Mapping[str, str]], text: str, signature: str, bound: float = BOUND,
             budget: float = 120.0) -> str:
    """A page shrunk to the fewest lines that still fail with `signature` when built as `tree(page)` (delta
    debugging: chunks of lines removed, halving the chunk size), then its long lines shortened; stops after
    `budget` seconds with what it has."""
    deadline = time.monotonic() + budget
    lines = text.split("\n")

    def fails(candidate: list[str]) -> bool:
        if time.monotonic() > deadline:
            return False
        verdict = check_pages(tree("\n".join(candidate)), bound)
        return any(f.signature == signature for f in verdict.failures)

    chunk = max(1, len(lines) // 2)
    while chunk >= 1 and time.monotonic() < deadline:
        i = 0
        removed = False
        while i < len(lines) and time.monotonic() < deadline:
            candidate = lines[:i] + lines[i + chunk:]
            if candidate and fails(candidate):
                lines = candidate
                removed = True
            else:
                i += chunk
        if not removed:
            chunk //= 2
    for i in sorted(range(len(lines)), key=lambda j: -len(lines[j])):
        if time.monotonic() > deadline or len(lines[i]) <= 200:
            break
        for keep in (200, 2_000, 11_000, 20_000):
            if keep >= len(lines[i]):
                break
            candidate = [*lines[:i], lines[i][:keep], *lines[i + 1:]]
            if fails(candidate):
                lines = candidate
                break
    return "\n".join(lines)
