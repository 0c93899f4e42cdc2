"""The gaussdb-opengauss client, generated once per session into a temporary folder and made importable."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import pytest

from generator.client import GenerateResult, generate_client
from generator.client.defects import load_defects
from generator.pipeline import build
from tests.conftest import CORPUS, PROJECT

PACKAGE = "gaussdb_opengauss_client"
# the reviewed doc-defect list of gaussdb-opengauss, committed with its client
COMMITTED_DEFECTS = PROJECT / "generated" / "gaussdb-opengauss" / "tests" / "doc_defects.yaml"


@pytest.fixture(scope="session")
def opengauss_spec() -> dict[str, Any]:
    spec: dict[str, Any] = build(CORPUS / "gaussdb-opengauss").spec
    return spec


@pytest.fixture(scope="session")
def opengauss_client(
    opengauss_spec: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[GenerateResult]:
    out = tmp_path_factory.mktemp("client") / "gaussdb-opengauss"
    result = generate_client(opengauss_spec, out, PACKAGE,
                             defects=load_defects(COMMITTED_DEFECTS.read_text(encoding="utf-8")))
    sys.path.insert(0, str(out))
    try:
        yield result
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]
