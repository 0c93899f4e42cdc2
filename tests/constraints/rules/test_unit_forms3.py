"""Units (issue 10): an amount shown only as an example (`Example: 10 GB`, `for example, 10 GB`) states no unit of the
value, unless the cell states that unit elsewhere (`Unit: GB`, `in GiB`, `(GB)`)."""

from __future__ import annotations

import pytest

from tests.constraints.rules.helpers import kw


@pytest.mark.parametrize("text", [
    "Disk size. Example: 10 GB",
    "Disk size. Example: **10 GB**",
    "Disk size, for example, 10 GB.",
    "Size. Example value: 100 MB.",
])
def test_no_unit_from_an_example(text: str) -> None:
    assert "x-unit" not in kw(text, "integer")


@pytest.mark.parametrize(("text", "unit"), [
    ("Disk size, in GB. Example: 10 GB", "GB"),
    ("Disk size. Unit: GB. Example: 10 GB", "GB"),
    ("- For a small file system, the capacity ranges from **500** to **32768**, in GiB.\n"
     "- For a large one, the capacity ranges from **3686** to **1048576** (in GiB). For example, specify 3686 GiB "
     "for a 3.6 TiB file system.", "GiB"),
    ("Disk size. For example, if you enter 10, the size is 10 GB.", "GB"),
    ("Disk size. The size is 10 GB by default.", "GB"),
])
def test_unit_stated_beside_an_example(text: str, unit: str) -> None:
    assert kw(text, "integer").get("x-unit") == unit
