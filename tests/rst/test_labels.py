"""Which table a `.. _label:` names: the one right after it, and never one across a table docutils lost."""

from __future__ import annotations

from generator.model import RawPage
from generator.rst.parse import parse_page
from generator.rst.reader import read_page
from tests.conftest import FIXTURES


def _read(text: str, path: str = "p.rst") -> RawPage:
    parsed = parse_page(text, path)
    return read_page(parsed.doc, path, text, parsed.messages)[0]


def _named(page: RawPage) -> dict[str, str | None]:
    """label -> title of the table it names (None: no table)."""
    return {label: None if index is None else page.tables[index].title for label, index in page.labels}


def test_the_label_of_a_broken_table_does_not_slide_onto_the_next_table() -> None:
    """`broken_grid_table.rst`: docutils moves `silent_size` over the error that stands for Table 3 onto Table 4
    (`silent_tag`), so `size` was read with the tags table's `key`/`value`. The label names no table now."""
    page = _read((FIXTURES / "silent" / "broken_grid_table.rst").read_text(encoding="utf-8"), "broken_grid_table.rst")
    named = _named(page)
    assert named["silent_size"] is None
    assert named["silent_tag"] == "tags field data structure description"
    assert [t.labels for t in page.tables if t.title.startswith("tags")] == [("silent_tag",)]


BULLETS = """\
Title
=====

Request
-------

.. _p_size:

-  Parameters in the **size** field

   .. table::

      +-------+---------+
      | Name  | Type    |
      +=======+=========+
      | width | Integer|
      +-------+---------+

-  Parameters in the **tags** field

   .. table::

      +-------+--------+
      | Name  | Type   |
      +=======+========+
      | key   | String |
      +-------+--------+
"""


def test_a_lost_table_under_a_labelled_bullet_breaks_the_chain() -> None:
    """A label on a bullet names the table in it; when docutils lost that table, the next bullet's table is within
    the two paragraphs the rule allows, and must not take the label."""
    page = _read(BULLETS)
    assert [t.title or t.headers for t in page.tables] == [("Name", "Type")]
    assert _named(page) == {"p_size": None}


CHAINS = """\
.. _p_page:

Title
=====

.. _p_direct:

.. table:: **Table 1** direct

   ==== ======
   Name Type
   ==== ======
   a    String
   ==== ======

.. _p_intro:

Parameters in the **b** field:

.. table:: **Table 2** after an intro paragraph

   ==== ======
   Name Type
   ==== ======
   b    String
   ==== ======

.. _p_first:
.. _p_second:

.. table:: **Table 3** two labels
   :name: p_own

   ==== ======
   Name Type
   ==== ======
   c    String
   ==== ======

.. _p_prose:

One paragraph.

Two paragraphs.

Three paragraphs.

.. table:: **Table 4** after too much prose

   ==== ======
   Name Type
   ==== ======
   d    String
   ==== ======

.. _p_section:

Next
----

.. table:: **Table 5** in the next section

   ==== ======
   Name Type
   ==== ======
   e    String
   ==== ======
"""


def test_labels_name_the_table_right_after_them() -> None:
    assert _named(_read(CHAINS)) == {
        "p_page": None,
        "p_direct": "direct",
        "p_intro": "after an intro paragraph",
        "p_first": "two labels",
        "p_second": "two labels",
        "p_own": "two labels",
        "p_prose": None,
        "p_section": None,
    }
