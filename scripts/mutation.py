"""Mutation testing of the core modules (cosmic-ray), and the hand mutations of issue 16 (`tests/mutations.yaml`).

    python scripts/mutation.py [--module M ...] [--max N] [--seed S] [--json FILE]
    python scripts/mutation.py --hand [NAME ...]
    python scripts/mutation.py --list

Everything runs in a scratch copy of the project (the files git tracks or would add), beside a link to `../shared`,
never in the working tree. The copy is first on `PYTHONPATH`, so the tests and every command they start (the
`rst2openapi` CLI, a generated suite) import the mutated `generator`, and a module the generator ships as text
(`runtime_validation.py` becomes the client's `_validation.py`) ships mutated.

Sampled run (default): cosmic-ray lists every mutant of a module (its core operators: comparison, binary, unary and
boolean operators, `not` added, numbers, `break`/`continue`, exceptions, decorators, loops run zero times). Many
operators apply at the same place (`==` gives five mutants), so the sample is of *places*: the places of a module are
sorted, `--max` of them drawn with `random.Random(f"{seed}:{module}")`, and at each one of the mutants there drawn the
same way. The same seed, sources and cosmic-ray version give the same sample. Each mutant runs the module's own fast
tests (`MODULES`, pytest `-x`), not the whole suite; a test run slower than `--timeout` (default: 4 times the
unmutated run, at least 120 s) counts as a timeout. The figures print per module: killed / survived / timeout / total,
the number of places and mutants they were sampled from, and each survivor with its place and diff.

Hand mutations (`--hand`): each entry of `tests/mutations.yaml` replaces one exact text, which must occur exactly once,
in its own scratch copy; then regenerates the committed outputs that depend on the mutated code (`regenerate`: a spec
`spec/<service>.yaml` rebuilt from `../shared/corpus/<service>`, a client folder `generated/<service>` regenerated from
its spec), so a test that only compares committed output with a fresh one cannot be what kills it; then runs the
entry's behaviour tests. Killed means the tests fail.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

PROJECT = Path(__file__).resolve().parents[1]
HAND = PROJECT / "tests" / "mutations.yaml"
PYTEST = ("-m", "pytest", "-x", "-q", "-p", "no:cacheprovider")


@dataclass(frozen=True)
class Module:
    """A core module: the sources mutated and the tests that mirror them (pytest arguments)."""

    name: str
    sources: tuple[str, ...]
    tests: tuple[str, ...]


MODULES: tuple[Module, ...] = (
    Module("rst", ("generator/rst",), ("tests/rst",)),
    # test_labelled.py: the 4-minute precision/recall scores over labelled sets (python -m tests.constraints.score)
    Module("constraint-rules", ("generator/constraints/rules",),
           ("tests/constraints", "--deselect", "tests/constraints/test_labelled.py")),
    Module("diff-rules", ("generator/diff/rules.py", "generator/diff/constraints.py"),
           ("tests/diff", "--deselect", "tests/diff/test_history.py")),  # the corpus history: slow, same rules
    Module("client-validation", ("generator/client/runtime_validation.py",),
           ("tests/client/test_runtime_validation.py", "tests/client/test_runtime_validation_rules.py",
            "tests/client/test_opengauss_client.py")),
    Module("contract", ("generator/client/contract.py", "generator/client/defects.py"),
           ("tests/client/test_defects.py", "tests/client/test_contract_helper.py",
            "tests/client/test_contract_suite.py")),
)


# --- the scratch copy -------------------------------------------------------------------------------------------

def _tracked_files(root: Path) -> list[str]:
    out = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=root, capture_output=True,
                         check=True).stdout.decode("utf-8")
    return sorted(name for name in out.split("\0") if name and (root / name).is_file())


@contextmanager
def scratch_copy(root: Path = PROJECT, at: str | None = None) -> Iterator[Path]:
    """A copy of the project's files (of the working tree, or of the commit `at`) in a temporary folder,
    `../shared` linked beside it; removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="mutation-") as tmp:
        copy = Path(tmp) / "project"
        copy.mkdir()
        if at is not None:
            archive = subprocess.run(["git", "archive", "--format=tar", at], cwd=root, capture_output=True, check=True)
            subprocess.run(["tar", "-x", "-C", str(copy)], input=archive.stdout, check=True)
        else:
            for name in _tracked_files(root):
                target = copy / name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(root / name, target)
        shared = root.parent / "shared"
        if shared.exists():
            (Path(tmp) / "shared").symlink_to(shared.resolve(), target_is_directory=True)
        yield copy


def _env(copy: Path) -> dict[str, str]:
    """The copy first on the path; no bytecode beside its sources, but kept in a cache folder when one is set
    (`PYTHONPYCACHEPREFIX`, as the test session sets it): pytest then reuses what it compiled and rewrote before
    instead of rewriting all of Hypothesis again."""
    env = {**os.environ, "PYTHONPATH": str(copy)}
    if not env.get("PYTHONPYCACHEPREFIX"):
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _run(args: Sequence[str], copy: Path, timeout: float) -> tuple[str, str]:
    """Run a command in the copy: ("passed" | "failed" | "timeout", the end of its output)."""
    try:
        proc = subprocess.run(list(args), cwd=copy, env=_env(copy), capture_output=True, text=True,
                              timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return "timeout", ""
    return ("passed" if proc.returncode == 0 else "failed"), (proc.stdout + proc.stderr)[-2000:]


# --- the sampled cosmic-ray run ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Mutant:
    """One cosmic-ray mutant: the file (relative to the project), operator and occurrence, and its place."""

    path: str
    operator: str
    occurrence: int
    line: int
    column: int
    end: tuple[int, int]


@dataclass
class Outcome:
    mutant: Mutant
    result: str  # killed | survived | timeout | error
    diff: str = ""


@dataclass
class ModuleScore:
    module: str
    places: int
    mutants: int
    seed: int
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, result: str) -> int:
        return sum(o.result == result for o in self.outcomes)


def _sources(module: Module, root: Path) -> list[Path]:
    files: list[Path] = []
    for source in module.sources:
        path = root / source
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return files


def all_mutants(module: Module, root: Path) -> list[Mutant]:
    """Every mutant cosmic-ray makes of the module's sources with its core operators (those taking no arguments)."""
    from cosmic_ray.commands import init  # type: ignore[import-untyped]
    from cosmic_ray.work_db import use_db  # type: ignore[import-untyped]

    with tempfile.TemporaryDirectory() as tmp, use_db(str(Path(tmp) / "session.sqlite")) as db:
        init(_sources(module, root), db, {})
        mutants = [Mutant(str(Path(m.module_path).relative_to(root)), m.operator_name, m.occurrence,
                          m.start_pos[0], m.start_pos[1], tuple(m.end_pos))
                   for item in db.work_items for m in item.mutations]
    return sorted(mutants, key=lambda m: (m.path, m.line, m.column, m.operator, m.occurrence))


def sample(mutants: list[Mutant], module: str, seed: int, places: int | None) -> list[Mutant]:
    """`places` places drawn by seed (all when None), and one of the mutants at each place."""
    at: dict[tuple[str, int, int], list[Mutant]] = {}
    for m in mutants:
        at.setdefault((m.path, m.line, m.column), []).append(m)
    rng = random.Random(f"{seed}:{module}")
    keys = sorted(at)
    chosen = keys if places is None or places >= len(keys) else sorted(rng.sample(keys, places))
    return [rng.choice(at[key]) for key in chosen]


def _mutate_and_test(copy: Path, mutant: Mutant, tests: Sequence[str], timeout: float) -> Outcome:
    from cosmic_ray.mutating import mutate_and_test  # type: ignore[import-untyped]
    from cosmic_ray.work_item import MutationSpec, TestOutcome, WorkerOutcome  # type: ignore[import-untyped]

    spec = MutationSpec(module_path=str(copy / mutant.path), operator_name=mutant.operator,
                        occurrence=mutant.occurrence, start_pos=(mutant.line, mutant.column),
                        end_pos=mutant.end)
    command = " ".join([sys.executable, *PYTEST, *tests])
    result = mutate_and_test([spec], command, timeout)
    if result.worker_outcome != WorkerOutcome.NORMAL:
        return Outcome(mutant, "error", str(result.output or "")[-500:])
    if result.test_outcome == TestOutcome.KILLED:
        return Outcome(mutant, "timeout" if result.output == "timeout" else "killed", str(result.diff or ""))
    if result.test_outcome == TestOutcome.SURVIVED:
        return Outcome(mutant, "survived", str(result.diff or ""))
    return Outcome(mutant, "error", str(result.output or "")[-500:])


@contextmanager
def _inside(copy: Path) -> Iterator[None]:
    """cosmic-ray runs the test command in the current folder with the current environment."""
    cwd, path = os.getcwd(), os.environ.get("PYTHONPATH")
    os.chdir(copy)
    os.environ["PYTHONPATH"] = str(copy)
    try:
        yield
    finally:
        os.chdir(cwd)
        if path is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = path


def _existing(tests: Sequence[str], copy: Path) -> tuple[str, ...]:
    """The test arguments less the test files the copy does not have (an older commit, `--at`)."""
    return tuple(t for t in tests if not t.startswith("tests/") or (copy / t.split("::")[0]).exists())


def run_module(module: Module, copy: Path, seed: int, places: int | None, timeout: float | None) -> ModuleScore:
    module = Module(module.name, module.sources, _existing(module.tests, copy))
    mutants = all_mutants(module, copy)
    chosen = sample(mutants, module.name, seed, places)
    score = ModuleScore(module.name, len({(m.path, m.line, m.column) for m in mutants}), len(mutants), seed)
    started = time.monotonic()
    status, output = _run([sys.executable, *PYTEST, *module.tests], copy, 3600)
    baseline = time.monotonic() - started
    if status != "passed":
        raise SystemExit(f"{module.name}: the unmutated tests do not pass ({status}):\n{output}")
    limit = timeout if timeout is not None else max(120.0, 4 * baseline)
    print(f"{module.name}: {len(chosen)} of {score.places} places ({score.mutants} mutants), tests "
          f"{' '.join(module.tests)} ({baseline:.0f} s unmutated, timeout {limit:.0f} s)", flush=True)
    with _inside(copy):
        for i, mutant in enumerate(chosen, 1):
            outcome = _mutate_and_test(copy, mutant, module.tests, limit)
            score.outcomes.append(outcome)
            print(f"  [{i}/{len(chosen)}] {outcome.result:8} {mutant.path}:{mutant.line} {mutant.operator}", flush=True)
    return score


def _changed_lines(diff: str) -> str:
    lines = [line[1:].strip() for line in diff.splitlines()
             if line[:1] in "-+" and not line.startswith(("---", "+++"))]
    return " => ".join(lines)


def report(scores: list[ModuleScore]) -> str:
    out = ["module             killed survived timeout  error  total  score  sampled from"]
    for s in scores:
        total = len(s.outcomes)
        killed = s.count("killed") + s.count("timeout")
        rate = f"{killed / total:.0%}" if total else "-"
        out.append(f"{s.module:18} {s.count('killed'):6} {s.count('survived'):8} {s.count('timeout'):7} "
                   f"{s.count('error'):6} {total:6} {rate:>6}  {s.places} places, {s.mutants} mutants, seed {s.seed}")
    for s in scores:
        for o in s.outcomes:
            if o.result in ("survived", "error"):
                out.append(f"{o.result}: {s.module} {o.mutant.path}:{o.mutant.line} {o.mutant.operator}: "
                           f"{_changed_lines(o.diff)[:200]}")
    return "\n".join(out)


# --- the hand mutations ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class HandMutation:
    name: str
    file: str
    find: str
    replace: str
    why: str
    kind: str  # how the audit found it: behaviour | snapshot-only | not-killed
    tests: tuple[str, ...]
    regenerate: tuple[str, ...] = ()


def load_hand(path: Path = HAND) -> list[HandMutation]:
    entries: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [HandMutation(e["name"], e["file"], e["find"], e["replace"], e["why"], e["kind"], tuple(e["tests"]),
                         tuple(e.get("regenerate", ()))) for e in entries]


def apply_hand(mutation: HandMutation, root: Path) -> None:
    """Replace the mutation's text in `root` (a scratch copy); it must occur exactly once."""
    path = root / mutation.file
    text = path.read_text(encoding="utf-8")
    found = text.count(mutation.find)
    if found != 1:
        raise ValueError(f"{mutation.name}: the text to replace occurs {found} times in {mutation.file}, not once")
    path.write_text(text.replace(mutation.find, mutation.replace), encoding="utf-8")


def regenerate(target: str, copy: Path, timeout: float) -> tuple[str, str]:
    """Rebuild one committed output in the copy with the (mutated) generator."""
    cli = [sys.executable, "-m", "generator"]
    if target.startswith("spec/") and target.endswith(".yaml"):
        service = Path(target).stem
        docs = "examples/sample-service" if service == "sample-service" else f"../shared/corpus/{service}"
        return _run([*cli, "build", docs, "-o", target, "--force", "-q", "--fail-on", "never"], copy, timeout)
    if target.startswith("generated/"):
        service = Path(target).name
        return _run([*cli, "generate", f"spec/{service}.yaml", "-o", target, "--force"], copy, timeout)
    raise ValueError(f"cannot regenerate {target}: a spec/<service>.yaml or a generated/<service> folder")


def run_hand(mutation: HandMutation, timeout: float, at: str | None = None) -> tuple[str, str]:
    """("killed" | "survived" | "timeout", what the tests printed) for one hand mutation (of the commit `at`, whose
    tests are run as far as it has them: "survived" when it has none of them)."""
    with scratch_copy(at=at) as copy:
        apply_hand(mutation, copy)
        for target in mutation.regenerate:  # a generator the mutation breaks may fail here: the tests then tell
            status, _ = regenerate(target, copy, timeout)
            print(f"    {mutation.name}: regenerated {target} ({status})", flush=True)
        tests = _existing(mutation.tests, copy)
        if not any(t.startswith("tests/") for t in tests):
            return "survived", f"none of {' '.join(mutation.tests)} at {at}"
        status, output = _run([sys.executable, *PYTEST, *tests], copy, timeout)
    return {"failed": "killed", "passed": "survived"}.get(status, status), output


# --- command line ------------------------------------------------------------------------------------------------

def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python scripts/mutation.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--module", action="append", choices=[m.name for m in MODULES],
                        help="a core module (repeatable; default: all)")
    parser.add_argument("--max", type=int, default=20, help="places sampled per module (0: every place; default 20)")
    parser.add_argument("--seed", type=int, default=16, help="the sample's seed (default 16)")
    parser.add_argument("--timeout", type=float, help="seconds per mutant's test run (default: 4x the unmutated run)")
    parser.add_argument("--json", type=Path, help="also write the outcomes to this file")
    parser.add_argument("--at", metavar="REV", help="mutate the sources and run the tests of this commit (e.g. main, "
                        "for a score before a change); default: the working tree")
    parser.add_argument("--hand", nargs="*", metavar="NAME", help="run the hand mutations (all, or those named)")
    parser.add_argument("--list", action="store_true", help="list the modules and hand mutations, run nothing")
    args = parser.parse_args(argv)

    if args.list:
        for m in MODULES:
            print(f"{m.name}: {' '.join(m.sources)} -> pytest {' '.join(m.tests)}")
        for h in load_hand():
            print(f"hand {h.name} ({h.kind}): {h.file} -> pytest {' '.join(h.tests)}")
        return 0
    if args.hand is not None:
        chosen = [h for h in load_hand() if not args.hand or h.name in args.hand]
        unknown = set(args.hand) - {h.name for h in chosen}
        if unknown:
            parser.error(f"no hand mutation named {', '.join(sorted(unknown))}")
        survived = 0
        for h in chosen:
            result, output = run_hand(h, args.timeout or 1800, args.at)
            survived += result != "killed"
            print(f"{result:8} {h.name} ({h.kind}, {h.file})", flush=True)
            if result != "killed":
                print("\n".join("    " + line for line in output.splitlines()[-5:]))
        print(f"hand mutations: {len(chosen) - survived} killed, {survived} not killed, {len(chosen)} in all")
        return 1 if survived else 0

    modules = [m for m in MODULES if not args.module or m.name in args.module]
    scores = []
    with scratch_copy(at=args.at) as copy:
        for module in modules:
            scores.append(run_module(module, copy, args.seed, args.max or None, args.timeout))
    print(report(scores))
    if args.json:
        args.json.write_text(json.dumps([asdict(s) for s in scores], indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
