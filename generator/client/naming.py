"""The one naming layer between the spec and openapi-python-client: every operation, parameter and property name of
the generation view becomes a safe, unique Python identifier, and the wire name it stands for is kept.

openapi-python-client names things with `strings.PythonIdentifier` (snake_case, keywords and builtins suffixed `_`,
`field_` in front of what is no identifier). What it does not avoid, each measured on 0.29.1 (issue 11):

- a parameter whose name is an argument or local of the endpoint function (`body`, `params`, `headers`, ...): a
  duplicate argument (`SyntaxError`) or a parameter that shadows the request being built;
- a property whose name is a member or a local of the model class (`to_dict`, `additional_properties`, `d`, ...):
  the method shadowed, `from_dict` raising `TypeError`; or a local another property's code derives from its own name
  (`tags` -> `tags_item`, `_tags`, `_parse_tags`);
- two names that are one identifier (`Name` and `name`, `a-b` and `a_b`): the generator falls back to the raw name
  (`Name`, `UNSET`), which may shadow a module name or be no identifier at all;
- non-ASCII names (`名前`): valid identifiers, but Python folds them with NFKC, so two different names can be one;
- operationIds that map to a keyword (`Class` -> module `class_.py`): a module name only this layer computes the
  way the generator does (`generator_identifier`), so the output check and the suite look for the same file.

`generator_identifier` is the generator's own function; `Scope.claim` picks, for a wire name, the first candidate
that is ASCII, not reserved, not taken in its scope and that the generator leaves as it is (a fixed point of
`generator_identifier`), so what this layer decides is what the generator writes.
"""

from __future__ import annotations

import itertools
import json
import keyword
import re
import unicodedata
from dataclasses import dataclass, field

from openapi_python_client.strings import PythonIdentifier

__all__ = ["FIELD_PREFIX", "MAX_IDENTIFIER", "PARAMETER_RESERVED", "PROPERTY_RESERVED", "Scope",
           "generator_identifier", "python_string", "safe_identifier"]

FIELD_PREFIX = "field_"  # the generator's default `field_prefix` (the view keeps it)
MAX_IDENTIFIER = 120  # longer names are cut: a module name must stay a file name (the docs' longest: 107)

# what the endpoint functions (`_get_kwargs`, `sync_detailed`, ...) use themselves: their arguments, locals and the
# names the module imports; a parameter of that name duplicates or shadows it
PARAMETER_RESERVED = frozenset({
    "client", "body", "url", "params", "headers", "cookies", "response", "kwargs", "_kwargs", "json", "files",
    "httpx", "errors", "types", "http_status", "cast", "quote", "datetime", "isoparse", "self", "cls",
    "validate_request", "prepare_request", "read_xml", "data", "content",
})
# what the model classes use themselves: members, and the locals and module names of `to_dict`/`to_multipart`/
# `from_dict` that are assigned after a property's own local
PROPERTY_RESERVED = frozenset({
    "additional_properties", "additional_keys", "to_dict", "from_dict", "to_multipart", "d", "field_dict", "files",
    "prop", "prop_name", "prop_dict", "src_dict", "cls", "cast", "isoparse", "json", "types", "self",
})
# locals the generator derives from a property's (or parameter's) own name: `NAME_item`, `NAME_item_data`,
# `NAME_type_0`, `json_NAME`, ... A name that another name of its scope derives clashes with that local.
_DERIVED = re.compile(r"^(?P<base>.+?)_(?:item|type_\d+|element|additional_property)(?:_.*)?$")


def _bases(ident: str) -> set[str]:
    """The names whose derived locals `ident` could be (`tags` for `tags_item`, `x` for `json_x` or `_parse_x`)."""
    found = {m.group("base").lstrip("_") for m in [_DERIVED.match(ident)] if m}
    for prefix in ("json_", "_parse_", "_"):
        if ident.startswith(prefix) and len(ident) > len(prefix):
            found.add(ident[len(prefix):])
    return found


def generator_identifier(name: str) -> str:
    """The Python identifier openapi-python-client makes of `name` (a property, parameter or operationId)."""
    return str(PythonIdentifier(name, prefix=FIELD_PREFIX))


def safe_identifier(name: str) -> str:
    """An ASCII snake_case identifier for `name` (not yet unique): the generator's identifier, its letters folded to
    ASCII (`ü` -> `u`), anything else dropped, cut to MAX_IDENTIFIER characters."""
    ident = generator_identifier(name)
    folded = unicodedata.normalize("NFKD", ident).encode("ascii", "ignore").decode("ascii").lower()
    folded = re.sub(r"_+", "_", re.sub(r"[^0-9a-z_]", "", folded)).strip("_")[:MAX_IDENTIFIER].rstrip("_")
    if not folded:
        return "field"
    if folded[0].isdigit():
        return f"{FIELD_PREFIX}{folded}"
    return folded


def python_string(value: str) -> str:
    """A Python string literal of `value`, as JSON writes it, where that is one (`\\ud83d\\ude00` would be two lone
    surrogates in Python): else `ascii()`."""
    if all(ord(c) < 0x10000 for c in value):
        return json.dumps(value)
    return ascii(value)


def _fixed_point(ident: str) -> bool:
    """The generator leaves `ident` as it is (so the name the view gives is the name the code has)."""
    return ident.isidentifier() and not keyword.iskeyword(ident) and generator_identifier(ident) == ident


@dataclass
class Scope:
    """The names of one function's arguments or one model's attributes; `claim` hands out unique safe ones."""

    reserved: frozenset[str]
    taken: set[str] = field(default_factory=set)

    def natural(self, wire: str) -> str | None:
        """The identifier the generator itself gives `wire`, when it is safe here (else None: `claim` a new one)."""
        ident = generator_identifier(wire)
        if ident.isascii() and len(ident) <= MAX_IDENTIFIER and _fixed_point(ident) and self.free(ident):
            return ident
        return None

    def free(self, ident: str) -> bool:
        """Not taken, not reserved, and no local another name of the scope derives (nor one it derives) is taken."""
        if ident in self.taken or ident in self.reserved:
            return False
        return not (_bases(ident) & self.taken or any(ident in _bases(t) for t in self.taken))

    def claim(self, wire: str, suffix: str = "field") -> str:
        """A safe identifier for `wire`, now taken in this scope: the generator's own when it is safe, else the
        first free one of BASE, BASE_SUFFIX, BASE_SUFFIX_2, ... (BASE: `safe_identifier(wire)`)."""
        natural = self.natural(wire)
        if natural is not None:
            self.taken.add(natural)
            return natural
        base = safe_identifier(wire)
        # `SUFFIX_BASE` when BASE itself reads as a local derived from another name (`tags_item` beside `tags`)
        first = (base, f"{base}_{suffix}", f"{suffix}_{base}") if suffix else (base,)
        more = (f"{suffix}_{base}_{n}" if suffix else f"{base}_{n}" for n in itertools.count(2))
        for candidate in itertools.chain(first, more):
            if _fixed_point(candidate) and self.free(candidate):
                self.taken.add(candidate)
                return candidate
        raise AssertionError("unreachable")  # pragma: no cover  (itertools.count never ends)

    def keep(self, ident: str) -> None:
        self.taken.add(ident)
