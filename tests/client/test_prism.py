"""prism.py's start of Prism: ready when its log says it listens, never by a request to its port. The port
`free_port` hands out may be taken by another test process before Prism binds it; a probe would then reach that
process's server (an AK/SK gateway refused it as an unsigned request and its test failed)."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from tests.client import prism as prism_module
from tests.client.loopback import serve


def _spec(tmp_path: Path) -> Path:
    spec: dict[str, Any] = {
        "openapi": "3.1.0", "info": {"title": "t", "version": "1"},
        "paths": {"/ping": {"get": {"responses": {"200": {"description": "ok", "content": {"application/json": {
            "example": {"pong": True}}}}}}}},
    }
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


def test_a_port_taken_before_prism_binds_gets_no_request_and_prism_starts_on_another(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    free = prism_module.free_port
    with serve(lambda got: (200, {}, {"not": "prism"})) as other:
        taken = int(other.url.rsplit(":", 1)[1])
        ports = iter([taken])
        monkeypatch.setattr(prism_module, "free_port", lambda: next(ports, None) or free())
        with prism_module.prism(_spec(tmp_path), tmp_path) as url:
            assert url != other.url
            with urllib.request.urlopen(url + "/ping", timeout=10) as answer:
                assert json.load(answer) == {"pong": True}
        assert other.received == []
