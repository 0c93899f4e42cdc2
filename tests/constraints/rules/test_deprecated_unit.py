"""Deprecation and unit phrasings of the wide services (issue 10): each class with a test that fails without it."""

from __future__ import annotations

import pytest

from tests.constraints.rules.helpers import kw


@pytest.mark.parametrize("text", [
    "(To be discarded) Specifies the ID of the cluster associated with the VPC endpoint.",
    "Reserved field.",
    "ID of the route policy. This parameter is not supported for now.",
    "Main ID of a job\n\nThis parameter is not used in the current version, but is retained for compatibility.",
])
def test_deprecated(text: str) -> None:
    assert kw(text)["deprecated"] is True


@pytest.mark.parametrize("text", [
    # what the service does with the value's spaces, not the field
    "Key\n\nIt can contain a maximum of 36 characters.\n\nSpaces before and after a key will be discarded.",
    # what the parameter is not for
    "The expiration time of a cached web page.\n\nCAUTION: This parameter is not used to set the object expiration.",
])
def test_not_deprecated(text: str) -> None:
    assert "deprecated" not in kw(text)


def test_unit_per_second() -> None:
    assert kw("Speed. The value ranges from 1 to 9,999, in MB/s.", "integer")["x-unit"] == "MB/s"
