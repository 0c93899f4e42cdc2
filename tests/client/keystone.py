"""A Keystone stand-in for the client tests: `POST /v3/auth/tokens` answers a token in `X-Subject-Token` and a
catalog naming a `gaussdb` endpoint per region (the URLs the test gives)."""

from __future__ import annotations

import datetime
import json
from typing import Any

from tests.client.loopback import Answer, Received

PROJECT = "0123456789abcdef0123456789abcdef"


class Keystone:
    """Issues tok-1, tok-2, ... valid for `lifetime` seconds; its catalog names `regions` (region -> URL)."""

    def __init__(self, lifetime: int = 3600) -> None:
        self.lifetime = lifetime
        self.regions: dict[str, str] = {}
        self.issued: list[str] = []
        self.bodies: list[Any] = []

    def __call__(self, got: Received) -> Answer:
        if got.method != "POST" or not got.path.endswith("/v3/auth/tokens"):
            return 404, {}, {"error": {"code": 404}}
        self.bodies.append(json.loads(got.body))
        token = f"tok-{len(self.issued) + 1}-{PROJECT}"
        self.issued.append(token)
        now = datetime.datetime.now(datetime.UTC)
        stamp = "%Y-%m-%dT%H:%M:%S.000000Z"
        endpoints = [{"id": f"e-{region}", "interface": "public", "region": region, "region_id": region,
                      "url": f"{url}/v3/{PROJECT}"} for region, url in self.regions.items()]
        body = {"token": {
            "methods": ["password"], "issued_at": now.strftime(stamp),
            "expires_at": (now + datetime.timedelta(seconds=self.lifetime)).strftime(stamp),
            "user": {"id": "u1", "name": "alice", "domain": {"id": "d1", "name": "OTC-EU"}},
            "project": {"id": PROJECT, "name": "eu-de", "domain": {"id": "d1", "name": "OTC-EU"}},
            "roles": [{"id": "r1", "name": "member"}],
            "catalog": [{"id": "s1", "type": "gaussdb", "name": "gaussdb", "endpoints": endpoints},
                        {"id": "s2", "type": "identity", "name": "keystone", "endpoints": []}]}}
        return 201, {"X-Subject-Token": token}, body
