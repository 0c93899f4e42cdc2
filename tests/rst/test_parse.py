from __future__ import annotations

import docutils.nodes as nodes
from docutils.parsers.rst import roles

from generator.rst.parse import REF_CLASS, ensure_registered, parse_rst

PAGE = """\
:original_name: x.html

.. _x_label:

Title
=====

See :ref:`Table 3 <x__table_3>` and :ref:`plain_label`, :doc:`other` and :download:`f <f.zip>`.

.. toctree::
   :maxdepth: 1

   a
   b
"""


def test_registration_is_idempotent() -> None:
    ensure_registered()
    first = roles._roles.get("ref")
    ensure_registered()
    assert roles._roles.get("ref") is first


def test_sphinx_markup_parses_without_messages() -> None:
    doc = parse_rst(PAGE, "x.rst")
    assert list(doc.findall(nodes.system_message)) == []
    refs = [n for n in doc.findall(nodes.inline) if REF_CLASS in n["classes"]]
    assert [(r.astext(), r["reftarget"]) for r in refs] == [("Table 3", "x__table_3"), ("plain_label", "plain_label")]
    assert "toctree" not in doc.astext()
