"""What `generate` returns: the generated package, its figures and its diagnostics (which are fatal)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.client.contract import SuiteResult
from generator.client.view import GenerationView
from generator.diagnostics import CODES, Diagnostic, Loc

SPEC_LOC = Loc("<spec>", 0)


@dataclass
class GenerateResult:
    package_dir: Path | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    operations: int = 0  # operations of the view (a merged operation counts once per variant)
    functions: int = 0  # endpoint modules found in the generated package
    models: int = 0  # model classes in the generated package
    properties: int = 0  # schema properties checked for a typed attribute
    seconds: float = 0.0  # generation (subprocess) time
    view: GenerationView | None = None
    suite: SuiteResult | None = None  # the contract-test suite written to OUTDIR/tests
    kept: bool = False  # the client failed its checks and the existing OUTDIR was left as it was (no `force`)
    iterators: dict[str, str] = field(default_factory=dict)  # operation -> paging scheme of its iterate_ function
    paging_notes: list[Diagnostic] = field(default_factory=list)  # list operations that got no iterator, and why

    @property
    def ok(self) -> bool:
        return not any(d.code in FATAL for d in self.diagnostics)


FATAL = {"client-generator-failed", "client-generator-warning", "client-operation-missing",
          "client-property-untyped", "client-model-missing", "client-postprocess-failed", "client-lint-failed",
          "client-module-invalid",
          "client-enum-incomplete", "client-enum-strict"}


def diag(code: str, message: str, source: object = None) -> Diagnostic:
    loc = SPEC_LOC
    if isinstance(source, str) and ":" in source:
        path, _, line = source.rpartition(":")
        if line.isdigit():
            loc = Loc(path, int(line))
    return Diagnostic(loc, code, CODES[code][0], message)

