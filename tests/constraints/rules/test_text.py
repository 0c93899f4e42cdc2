"""The sentence helpers of generator/constraints/rules/text.py."""

from __future__ import annotations

from generator.constraints.rules.text import sentences


def test_a_sentence_ends_at_its_stop_not_at_an_abbreviation() -> None:
    """`i.e.` and `e.g.` end no sentence, even before a bold name or a capital; `Max.` before a number ends none."""
    assert sentences("Mandatory when a VPC is attached (i.e. **type** is **vpc**). The default is **A**.") == [
        "Mandatory when a VPC is attached (i.e. **type** is **vpc**).", "The default is **A**."]
    assert sentences("A type, e.g. VPC or VPN. Max. 64 characters.") == [
        "A type, e.g. VPC or VPN.", "Max. 64 characters."]
    assert sentences("Name. 1-64 characters; Only letters.") == ["Name.", "1-64 characters;", "Only letters."]
