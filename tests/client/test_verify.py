"""The output check (generator/client/verify.py): what the generator wrote is checked, and a module that is not valid
Python is a `client-module-invalid` error with its file and line, never a crash of `generate`."""

from __future__ import annotations

from pathlib import Path

from generator.client import GenerateResult, generation_view
from generator.client.verify import check_output

SPEC = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}, "components": {"schemas": {}}}


def test_a_module_that_is_not_python_is_an_error_and_the_check_goes_on(tmp_path: Path) -> None:
    package = tmp_path / "t_client"
    (package / "api" / "things").mkdir(parents=True)
    (package / "models").mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "api" / "things" / "get_thing.py").write_text(
        "def _get_kwargs(\n    id: str = '1',\n    name: str,\n) -> None:\n    pass\n", encoding="utf-8")
    (package / "models" / "thing.py").write_text("class Thing:\n    name: str\n", encoding="utf-8")
    view = generation_view(SPEC)
    result = GenerateResult(package_dir=None, view=view)
    check_output(view, package, result)
    invalid = [d for d in result.diagnostics if d.code == "client-module-invalid"]
    assert [d.message for d in invalid] == [
        "t_client/api/things/get_thing.py:3: non-default argument follows default argument"]
    assert not result.ok and result.models == 1  # the valid model file is still read
