"""generator.openapi.builder: `info` and `externalDocs` from the docs. The version is the newest release date of the
change history (where it is written in `x-version-source`), unless one is asked for; the link to the docs is the
repository the docs' SOURCE names; no license is written (the docs ship none)."""

from __future__ import annotations

from typing import Any

from openapi_spec_validator import validate

from generator.openapi.builder import BuildOptions, build_openapi
from tests.operations.pages import build, page, table

OPERATION = page("Querying Widgets", {"Function": "Lists widgets.", "URI": "GET /v1/widgets"})
HISTORY = page("Change History", {
    "Changes": table([["Released On", "Description"], ["2023-02-21", "Added the widget APIs."],
                      ["2024-11-20", "Added paging."], ["2020-11-30", "First release."]]),
})


def _spec(options: BuildOptions, **pages: str) -> dict[str, Any]:
    spec, _diagnostics = build_openapi(build(**pages), options)
    validate(spec)
    return spec


def test_the_version_is_the_newest_release_date_of_the_change_history() -> None:
    info = _spec(BuildOptions(title="widgets"), list=OPERATION, change_history=HISTORY)["info"]
    assert info["version"] == "2024-11-20"
    assert info["x-version-source"].startswith("change_history.rst:")
    assert "license" not in info


def test_a_version_asked_for_wins_and_without_a_change_history_it_is_1_0_0() -> None:
    assert _spec(BuildOptions(title="w", version="3.1"), list=OPERATION, change_history=HISTORY)["info"] == {
        "title": "w", "version": "3.1"}
    assert _spec(BuildOptions(title="w"), list=OPERATION)["info"] == {"title": "w", "version": "1.0.0"}


def test_external_docs_link_the_docs_repository_and_commit() -> None:
    spec = _spec(BuildOptions(title="w", repository="opentelekomcloud-docs/widgets", commit="abc123"), list=OPERATION)
    assert spec["externalDocs"] == {
        "description": "The API reference docs this document is built from (opentelekomcloud-docs/widgets at commit "
                       "abc123)", "url": "https://github.com/opentelekomcloud-docs/widgets"}
    assert "externalDocs" not in _spec(BuildOptions(title="w"), list=OPERATION)
