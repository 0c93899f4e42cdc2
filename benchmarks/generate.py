"""Benchmark: client generation per service and the generated client's request validation throughput.

    python -m benchmarks.generate [--repeat N] [--payloads N] [--calls N] [--no-generation] [--corpus ../shared/corpus]
                                  [--client DIR] [SERVICE ...]

Generation: per service, the spec is built once (not timed), then `generate_client` (openapi-python-client run on the
generation view, post-processing, checks, contract suite, ruff on the package) runs N times into a temporary folder;
the median wall time is printed with the generator subprocess's share and the output's size.
Validation: the committed gaussdb-opengauss client (`generated/gaussdb-opengauss`) validates the documented restore
request, its doc defects corrected (port a string other than 8000, a valid password), and the same request with
`port` "8000" (rejected, a `RequestValidationError`), through `_validation.validate_request` exactly as the
generated endpoint calls it before sending; printed as payloads per second, with the compiled validator (jsonschema-rs,
when installed: what the client uses) and with jsonschema alone (the client's fallback: `_validation.py` loaded again
with `jsonschema_rs` made unimportable). Calls: the restore operation called through the client
(`sync_detailed`, the model's `to_dict`, the request built, sent to an `httpx.MockTransport` that answers with the
documented 202 response, which the client parses), validation on and off in alternating rounds; printed as
microseconds per call (median of the rounds) and the ratio on/off. Timing: `time.perf_counter` only.
A script that prints figures, not a timed test.
"""

from __future__ import annotations

import argparse
import copy
import importlib
import importlib.util
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import SERVICES
from generator.client import generate_client
from generator.client.view import python_name
from generator.pipeline import build
from tests.modules import load_file

ROOT = Path(__file__).resolve().parents[1]
RESTORE = "restore_data_to_new_db_instance"


def _generation(corpus: Path, services: list[str], repeat: int) -> None:
    print(f"generation (median of {repeat}): seconds, generator subprocess seconds, operations, models, tests")
    total = 0.0
    for service in services:
        spec: dict[str, Any] = build(corpus / service).spec
        walls: list[float] = []
        subs: list[float] = []
        figures = ""
        for _ in range(repeat):
            with tempfile.TemporaryDirectory(prefix="rst2openapi-bench-") as tmp:
                started = time.perf_counter()
                result = generate_client(spec, Path(tmp) / service, python_name(service) + "_client")
                walls.append(time.perf_counter() - started)
                subs.append(result.seconds)
                tests = result.suite.tests if result.suite is not None else 0
                flag = "" if result.ok else f"  ({len(result.diagnostics)} findings)"
                figures = f"{result.operations:4d} ops {result.models:4d} models {tests:4d} tests{flag}"
        wall = statistics.median(walls)
        total += wall
        print(f"  {service:30s} {wall:6.2f} s  (generator {statistics.median(subs):5.2f} s)  {figures}")
    print(f"  {'total':30s} {total:6.2f} s")


def _restore_body(client_dir: Path) -> dict[str, Any]:
    """The documented restore request from the client's own suite data, with its doc defects corrected."""
    spec = json.loads((client_dir / "tests" / "spec.json").read_text(encoding="utf-8"))
    examples = spec["paths"]["/v3/{project_id}/instances"]["post"]["requestBody"]["content"]["application/json"][
        "examples"]
    body: dict[str, Any] = copy.deepcopy(examples[f"{RESTORE}_1"]["value"])
    body.update(port="8001", password="Secur3#Passw0rd")
    return body


def _rate(validate: Any, payload: dict[str, Any], count: int, error: type[Exception] | None) -> float:
    kwargs = {"json": payload}
    started = time.perf_counter()
    for _ in range(count):
        if error is None:
            validate(RESTORE, kwargs)
        else:
            try:
                validate(RESTORE, kwargs)
            except error:
                pass
            else:
                raise SystemExit("the failing payload was accepted")
    return count / (time.perf_counter() - started)


def _pure_python(validation: Any) -> Any:
    """The client's `_validation.py` loaded once more with `jsonschema_rs` unimportable: the fallback path."""
    name = validation.__name__ + "_pure_python"
    return load_file(name, validation.__file__, ["jsonschema_rs"])


def _throughput(client_dir: Path, count: int) -> None:
    sys.path.insert(0, str(client_dir))
    validation = importlib.import_module("gaussdb_opengauss_client._validation")
    good = _restore_body(client_dir)
    bad = dict(good, port="8000")
    print(f"client validation ({client_dir.name}, {RESTORE}, {count} payloads each):")
    native = getattr(validation, "native", lambda: False)()
    paths = [("compiled (jsonschema-rs)" if native else "jsonschema (jsonschema-rs not installed)", validation)]
    if native:
        paths.append(("jsonschema alone (fallback)", _pure_python(validation)))
    for label, module in paths:
        validate = module.validate_request
        validate(RESTORE, {"json": good})  # warm up: schema document loaded, validator compiled
        print(f"  {label}:")
        print(f"    valid documented request (corrected): {_rate(validate, good, count, None):10.0f} payloads/s")
        print(f"    failing request (port \"8000\"):        "
              f"{_rate(validate, bad, count, module.RequestValidationError):10.0f} payloads/s")


def _calls(client_dir: Path, count: int, rounds: int = 7) -> None:
    """A restore call through a mock transport, validation on against off."""
    import httpx

    sys.path.insert(0, str(client_dir))
    package = importlib.import_module("gaussdb_opengauss_client")
    validation = importlib.import_module("gaussdb_opengauss_client._validation")
    restore = importlib.import_module(f"gaussdb_opengauss_client.api.backup_management.{RESTORE}")
    models = importlib.import_module("gaussdb_opengauss_client.models")
    spec = json.loads((client_dir / "tests" / "spec.json").read_text(encoding="utf-8"))
    answer = spec["paths"]["/v3/{project_id}/instances"]["post"]["responses"]["202"]["content"]["application/json"][
        "examples"][f"{RESTORE}_202_1"]["value"]
    transport = httpx.MockTransport(lambda request: httpx.Response(202, json=answer))
    client = package.AuthenticatedClient(base_url="http://127.0.0.1:8080", token="my-token", prefix="",
                                         auth_header_name="X-Auth-Token", httpx_args={"transport": transport})
    body = models.RestoreDataToNewDbInstanceRequest.from_dict(_restore_body(client_dir))

    def per_call() -> float:
        started = time.perf_counter()
        for _ in range(count):
            if restore.sync_detailed("my-project", client=client, body=body).status_code != 202:
                raise SystemExit("the restore call was not answered 202")
        return (time.perf_counter() - started) / count * 1e6

    on: list[float] = []
    off: list[float] = []
    per_call()  # warm up: client, validator, transport
    for _ in range(rounds):
        validation.set_validation(True)
        on.append(per_call())
        validation.set_validation(False)
        off.append(per_call())
    validation.set_validation(True)
    with_validation, without = statistics.median(on), statistics.median(off)
    print(f"restore call through a mock transport ({count} calls x {rounds} rounds, median per call):")
    print(f"  validation on {with_validation:8.1f} us, off {without:8.1f} us: on/off {with_validation / without:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("services", nargs="*", default=list(SERVICES))
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--client", type=Path, default=ROOT / "generated" / "gaussdb-opengauss")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--payloads", type=int, default=2000)
    parser.add_argument("--calls", type=int, default=300, help="restore calls per round, validation on and off")
    parser.add_argument("--no-generation", action="store_true", help="only the client's validation figures")
    args = parser.parse_args()
    if not args.no_generation:
        _generation(args.corpus, args.services, max(1, args.repeat))
    _throughput(args.client.resolve(), max(1, args.payloads))
    _calls(args.client.resolve(), max(1, args.calls))


if __name__ == "__main__":
    main()
