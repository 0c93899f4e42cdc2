"""Prism (`@stoplight/prism-cli`, pinned in `.ci/package.json`, installed by `.ci/run` into `.ci/node_modules`)
serving a spec on 127.0.0.1 for the live contract mode's tests (test_live.py).

Prism's static mode answers with the first documented example of the response. Some documented examples are listed
doc defects (the suite's `doc_defects.yaml`): a date-time written `2022-05-09T16:01:10+0800`, a `null` where the
table says String. Against a real server the defect list does not apply, and the live validation is not weakened to
let them through. Instead Prism is given the spec with each listed response example corrected the way the suite
corrects a listed request example (`corrected`): an undocumented field removed, each other broken value replaced by
the simplest value the schema of that place accepts (the suite helper's `simplest`, hypothesis, derandomized).
Nothing else of the spec is changed; the corrected spec is checked to hold no broken response example of a GET."""

from __future__ import annotations

import copy
import importlib
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
PRISM = ROOT / ".ci" / "node_modules" / ".bin" / "prism"


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    for _ in range(20):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/")):
            return node
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {})
        node = target
    return node


def inline(spec: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    """`schema` with its `$ref`s replaced by what they name (a cycle is cut at depth 12)."""
    if depth > 12:
        return {}
    if isinstance(schema, list):
        return [inline(spec, s, depth) for s in schema]
    if not isinstance(schema, dict):
        return schema
    if isinstance(schema.get("$ref"), str):
        return inline(spec, _resolve(spec, schema), depth + 1)
    return {k: inline(spec, v, depth) for k, v in schema.items()}


def served_spec(spec: dict[str, Any], defects: dict[str, Any], helper: ModuleType) -> tuple[dict[str, Any], list[str]]:
    """The spec Prism serves: every listed response example of a GET (what the live mode sends by default) corrected
    (see the module's docstring) with the suite helper's own mending (`_schema_at`, `_mend`: what its `corrected` does
    to a request body), against its variant's schema when the operation merges variants; and the ids of the examples
    corrected."""
    out = copy.deepcopy(spec)
    corrected = []
    for item in out.get("paths", {}).values():
        op = item.get("get") if isinstance(item, dict) else None
        if not isinstance(op, dict):
            continue
        variants = {str(v.get("operationId")): v for v in op.get("x-variants") or [] if isinstance(v, dict)}
        for status, response in (op.get("responses") or {}).items():
            for media in (response.get("content") or {}).values() if isinstance(response, dict) else ():
                for name, example in (media.get("examples") or {}).items():
                    variant = variants.get(str(example.get("x-variant")))
                    case_id = f"{example.get('x-variant') or op.get('operationId')}/response/{status}/{name}"
                    if case_id not in defects or not isinstance(example, dict):
                        continue
                    schema = inline(spec, (variant.get("responses") or {}).get(status) if variant
                                    else media.get("schema"))
                    for broken in defects[case_id].get("breaks") or []:
                        parts = [p.replace("~1", "/").replace("~0", "~")
                                 for p in str(broken["path"]).split("/")[1:] if p != ""]
                        if not parts:
                            example["value"] = helper.simplest(schema)
                            continue
                        helper._mend(example["value"], parts, None if broken["rule"] == "additionalProperties"
                                     else helper._schema_at(schema, parts))
                    corrected.append(case_id)
    return out, sorted(corrected)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def prism(path: Path, folder: Path, timeout: float = 90) -> Iterator[str]:
    """Prism in static mode serving the spec file `path` on 127.0.0.1 at a free port (its log in `folder`): its base
    URL. Prism is ready when its log says it listens on that URL; no request probes the port, since between
    `free_port` and Prism's bind another test process may take the port, and a probe would reach its server (an AK/SK
    gateway counts it as an unsigned request). A port taken so makes Prism fail to bind: it starts again on another."""
    if not PRISM.exists():
        raise AssertionError(f"Prism is not installed at {PRISM.relative_to(ROOT)}: npm ci --prefix .ci (what .ci/run "
                             f"does)")
    for attempt in range(3):
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        log_path = folder / "prism.log"
        log = log_path.open("w", encoding="utf-8")
        process = subprocess.Popen([str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), str(path)],
                                   stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "NO_COLOR": "1"})
        try:
            deadline = time.monotonic() + timeout
            while f"Prism is listening on {url}" not in log_path.read_text(encoding="utf-8", errors="replace"):
                if process.poll() is not None or time.monotonic() > deadline:
                    said = log_path.read_text(encoding="utf-8", errors="replace")
                    if "EADDRINUSE" in said and attempt < 2:
                        break  # another process took the port: start again on another
                    raise AssertionError(f"Prism did not start: {said[-2000:]}")
                time.sleep(0.3)
            else:
                yield url
                return
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            log.close()
    raise AssertionError("Prism did not start: its port was taken three times")


def served_for_suite(tests: Path, out: Path) -> list[str]:
    """Write the spec Prism serves for the suite in `tests` (its spec.json and doc_defects.yaml, corrected with its
    helper's `simplest`) to `out`; the ids of the examples corrected. Runs in a process of its own (`main`): the
    helper imports the suite's client package, which must not meet another copy of it in the test session."""
    completed = subprocess.run([sys.executable, "-m", "tests.client.prism", str(tests), str(out)], cwd=ROOT,
                               capture_output=True, text=True, check=False)
    assert completed.returncode == 0, completed.stderr[-3000:]
    corrected: list[str] = json.loads(completed.stdout)
    return corrected


def main(argv: list[str]) -> int:
    tests, out = Path(argv[0]).resolve(), Path(argv[1])
    sys.path[:0] = [str(tests), str(tests.parent)]
    [helper_path] = tests.glob("_contract_*.py")
    helper = importlib.import_module(helper_path.stem)
    spec = json.loads((tests / "spec.json").read_text(encoding="utf-8"))
    defects = yaml.safe_load((tests / "doc_defects.yaml").read_text(encoding="utf-8")) or {}
    served, corrected = served_spec(spec, defects, helper)
    broken = []  # what Prism serves a GET holds no broken response example
    for item in served["paths"].values():
        op = item.get("get") if isinstance(item, dict) else None
        for status, response in (op.get("responses") or {}).items() if isinstance(op, dict) else ():
            for media in (response.get("content") or {}).values() if isinstance(response, dict) else ():
                for name, example in (media.get("examples") or {}).items():
                    if "schema" in media and helper.schema_errors(media["schema"], example["value"]):
                        broken.append(f"{name} ({status})")
    if broken:
        print(f"corrected examples still broken: {broken}", file=sys.stderr)
        return 1
    out.write_text(json.dumps(served), encoding="utf-8")
    print(json.dumps(corrected))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
