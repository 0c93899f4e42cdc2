"""Read the Type and Mandatory cells of a parameter table.

`parse_type` maps the text of a Type cell to a `TypeInfo`. The vocabulary was measured on the corpus
(see CORPUS.md, "Type column"): scalar words (`String`, `Long`, `Bool`, ...), lengths (`String(255)`),
arrays in many spellings (`Array of strings`, `List<String>`, `String Array`, `Tags structure array`),
maps (`Map<String,String>`, `JSON object`, `Dict`), named structures (`PageInfo object`, `Table 3 object`,
the title of a `:ref:`), unions (`String or Int`) and RDS prose (`Dictionary data structure. For details,
see Table 3.`). Nothing is guessed: a spelling that matches no rule is kind `unknown`, which the caller
reports as a diagnostic.

The parser is table-driven: `_RULES` is an ordered tuple of (compiled regex, builder). The normalised text
is matched with `fullmatch` against each regex in turn; the first builder that returns a `TypeInfo` wins.
Builders of compound spellings call back into the parser for their parts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Final

from generator.model import TypeInfo

__all__ = ["looks_like_type", "parse_mandatory", "parse_structure", "parse_type", "stated_location"]


@dataclass(frozen=True)
class _Ctx:
    """How a (sub)text is read."""

    has_ref: bool = False  # the cell held a :ref:, so a non-vocabulary word is the title of a structure
    name_ok: bool = False  # a bare identifier names a structure (element of `List<...>`, `Array of ...`)
    element: bool = False  # the element of an array phrase: `X objects` is one X, not an array of X
    linked: bool = False  # a child table is linked to the row: a bare identifier names its structure


_Builder = Callable[[re.Match[str], _Ctx], TypeInfo | None]

_UNKNOWN: Final = TypeInfo("unknown")
_STRING: Final = TypeInfo("string")
_OBJECT: Final = TypeInfo("object")

# Whole-text vocabulary, keyed by the normalised lower-case spelling.
_VOCAB: Final[Mapping[str, TypeInfo]] = MappingProxyType(
    {
        # string family
        "string": _STRING,
        "str": _STRING,
        "enum": _STRING,
        "enumeration": _STRING,
        "xml": _STRING,
        "file": TypeInfo("string", format="binary"),
        # date and time
        "datetime": TypeInfo("string", format="date-time"),
        "date-time": TypeInfo("string", format="date-time"),
        # `TimeStamp`: a UNIX time as often as a date-time (`UTC timestamp ..., in milliseconds. For example,
        # 1562032041362.`, MRS); the type names no layout, the cell's prose does
        "timestamp": _STRING,
        "date": _STRING,  # `Date`: an HTTP-date header, an ISO 8601 date-time (OBS): no RFC 3339 full-date
        # integer family
        "integer": TypeInfo("integer"),
        "int": TypeInfo("integer"),
        "short": TypeInfo("integer"),
        "int32": TypeInfo("integer", format="int32"),
        "int64": TypeInfo("integer", format="int64"),
        "long": TypeInfo("integer", format="int64"),
        "biginteger": TypeInfo("integer", format="int64"),
        # number family
        "number": TypeInfo("number"),
        "double": TypeInfo("number", format="double"),
        "float": TypeInfo("number", format="float"),
        "bigdecimal": TypeInfo("number"),
        "decimal": TypeInfo("number"),
        # boolean
        "boolean": TypeInfo("boolean"),
        "bool": TypeInfo("boolean"),
        # object family
        "object": _OBJECT,
        "container": _OBJECT,  # an XML element that holds other elements (S3-style element tables)
        "json": _OBJECT,
        "jsonobject": _OBJECT,
        "yaml": _OBJECT,  # CCE volcano add-on: the example sends the YAML configuration as a JSON object
        "anytype": TypeInfo("any"),
        "any": TypeInfo("any"),
        "<t>": TypeInfo("any"),  # MRS Manager: a generic value, its type varies with the property
        # MRS Manager: a structure described in the table titled after the field, and a list of them
        "reference": _OBJECT,
        "array_reference": TypeInfo("array", items=_OBJECT),
        # free-form maps
        "json object": TypeInfo("map", values=TypeInfo("any")),
        "map": TypeInfo("map"),
        "dict": TypeInfo("map"),
        "dictionary": TypeInfo("map"),
        "dictionary data structure": TypeInfo("map"),
        # arrays whose items are not stated
        "array": TypeInfo("array"),
        "list": TypeInfo("array"),
        "list data structure": TypeInfo("array"),
        # IAM: every JSONArray in the corpus is a list of objects whose fields are linked from the name cell
        "jsonarray": TypeInfo("array", items=_OBJECT),
        "json array": TypeInfo("array", items=_OBJECT),
    }
)

# Cells that are not a type at all: Mandatory values and placeholders from misaligned columns.
_NOT_A_TYPE_RE: Final = re.compile(
    r"yes|no|null|none|n/?a|y|n|true|false|mandatory|optional|required|[-/\u2013\u2014]*", re.IGNORECASE
)
_IDENT_RE: Final = re.compile(r"[A-Za-z_][\w\-]*")
_TABLE_NAME_RE: Final = re.compile(r"table\s*(\d+)", re.IGNORECASE)
_NAME_JUNK_RE: Final = re.compile(r"[<>(){}\[\],;]")


# ---------------------------------------------------------------------------------------------------------------
# helpers


_FOOTNOTE_RE: Final = re.compile(r"\s*\[\d+\]$")


def _normalise(text: str) -> str:
    """Collapse whitespace, drop trailing periods and a footnote marker (`Dictionary data structure [1]`)."""
    return _FOOTNOTE_RE.sub("", " ".join(text.split()).rstrip(". "))


def _parse(text: str, ctx: _Ctx) -> TypeInfo | None:
    """The first rule whose regex fullmatches and whose builder accepts; None when no rule does."""
    for pattern, build in _RULES:
        m = pattern.fullmatch(text)
        if m is not None:
            result = build(m, ctx)
            if result is not None:
                return result
    return None


def _sub(text: str, ctx: _Ctx) -> TypeInfo | None:
    """A part of a compound spelling: None unless it is a real type."""
    result = _parse(text.strip(), ctx)
    return None if result is None or result.kind == "unknown" else result


def _element(text: str, ctx: _Ctx, prose: bool) -> TypeInfo | None:
    """The element type of an array or the value type of a map: a type word, a plural, or a structure name.

    In brackets (`List<resource_tag>`) a bare identifier is a structure name. In prose (`Array of strings`,
    `String Array`) plurals are read, and a bare identifier is a name only when the cell held a :ref:
    (`Array of IDs` is not guessed to be a list of `IDs` structures).
    """
    strict = replace(ctx, name_ok=False, has_ref=False, linked=False, element=True)
    result = _sub(text, strict)
    if result is None and prose and len(text) > 1 and text[-1] in "sS":
        result = _sub(text[:-1], strict)  # strings, Objects, integers
    if result is None and (ctx.has_ref or ctx.linked or not prose):
        result = _sub(text, replace(ctx, name_ok=True, element=True))
    return result


def _name(text: str, ctx: _Ctx) -> str | None:
    """A structure name: an identifier, `Table N`, or (in a :ref: title) any plain words."""
    text = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    table = _TABLE_NAME_RE.fullmatch(text)
    if table is not None:
        return f"Table {table.group(1)}"
    if _NOT_A_TYPE_RE.fullmatch(text) is not None:
        return None
    if _IDENT_RE.fullmatch(text) is not None:
        return text
    if ctx.has_ref and text and _NAME_JUNK_RE.search(text) is None:
        return text
    return None


def _with_name(head: TypeInfo, name: str) -> TypeInfo | None:
    """Attach a structure name to an unnamed object/map, or to the items of an array; None if it does not fit."""
    if head.kind in ("object", "map") and head.named is None:
        return TypeInfo("object", named=name)
    if head.kind == "array" and (
        head.items is None or (head.items.kind in ("object", "map") and head.items.named is None)
    ):
        return TypeInfo("array", items=TypeInfo("object", named=name))
    return None


def _split_top(text: str, sep: str) -> list[str]:
    """Split on `sep` outside angle brackets."""
    parts: list[str] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch == "<":
            depth += 1
        elif ch == ">":
            depth -= 1
        elif ch == sep and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts]


# ---------------------------------------------------------------------------------------------------------------
# builders


def _b_not_a_type(m: re.Match[str], ctx: _Ctx) -> TypeInfo | None:
    return _UNKNOWN


def _b_vocab(m: re.Match[str], ctx: _Ctx) -> TypeInfo | None:
    return _VOCAB.get(m.group(0).lower())


def _b_string_length(m: re.Match[str], ctx: _Ctx) -> TypeInfo | None:
    return TypeInfo("string", max_length=int(m.group(1)))


def _b_array_of_element(m: re.Match[str], ctx: _Ctx) -> TypeInfo | None:
    """`List<String>`, `[]string`, `String[]`, `List(Dict)`."""
    items = _element(m.group(1), ctx, prose=False)
    return None if items is None else TypeInfo("array", items=items)


def _b_array_of_plural(m: re.Match[str], ctx: _Ctx) -> TypeInfo | None:
    """`Array of strings`, `Array of Tag objects`, `String Array`, `String list`."""
    items = _element(m.group(1), ctx, prose=True)
    return None if items is None else TypeInfo("array", items=items)


def _b_generic_map(m: re.Match[str], ctx: _Ctx) -> TypeInfo | None:
    """`Map<String,String>`, `Map<String, Array of objects>`."""
    parts = _split_top(m.group(1), ",")
    if len(parts) != 2 or _sub(parts[0], _Ctx()) is None:
        return None
    if parts[1].strip().lower() == "object":  # Java's top type in a Java signature: any value, not a JSON object
        return TypeInfo("map", values=TypeInfo("any"))
    values = _element(parts[1], ctx, prose=False)
    return None if values is None else TypeInfo("map", values=values)


def _b_map_typo(m: re.Match[str], ctx: _Ctx) -> TypeInfo | None:
    """`Map<String>String`, `Map<String>[]string`: key in brackets, value after them."""
    if _sub(m.group(1), _Ctx()) is None:
        return None
    values = _element(m.group(2), ctx, prose=False)
    return None if values is None else TypeInfo("map", values=values)


def _b_key_value_map(m: re.Match[str], ctx: _Ctx) -> TypeInfo | None:
    """`Dict(str:str)`, `Map(String, Integer)`: key and value types in parentheses."""
    key, value = _sub(m.group(1), _Ctx()), _element(m.group(2), ctx, prose=False)
    return None if key is None or value is None else TypeInfo("map", values=value)


def _b_enum_values(m: re.Match[str], ctx: _Ctx) -> TypeInfo | None:
    """`ENUM <Enumeration>`: an enumeration whose values the description lists; a string."""
    return _STRING


def _b_for_details(m: re.Match[str], ctx: _Ctx) -> TypeInfo | None:
    """`Dictionary data structure. For details, see Table 3.`: a structure named after the one table cited."""
    head = _sub(m.group(1), replace(ctx, name_ok=False))
    if head is None:
        return None
    tables = {int(n) for n in _TABLE_NAME_RE.findall(m.group(2))}
    if len(tables) == 1:
        return _with_name(head, f"Table {tables.pop()}") or head
    return head


def _b_structure_array(m: re.Match[str], ctx: _Ctx) -> TypeInfo | None:
    """`Tags structure array`: an array of the named structure."""
    name = _name(m.group(1), ctx)
    return None if name is None else TypeInfo("array", items=TypeInfo("object", named=name))


def _b_object_suffix(m: re.Match[str], ctx: _Ctx) -> TypeInfo | None:
    """`PageInfo object`, `Table 3 object`, `MasterSpec objects` (plural: a list), `Map<String,String> objects`."""
    head_text, plural = m.group(1), m.group(2).lower() == "objects"
    head = _sub(head_text, replace(ctx, name_ok=False, element=False))
    if head is None:
        name = _name(head_text, ctx)
        if name is None:
            return None
        head = TypeInfo("object", named=name)
    if plural and not ctx.element:
        return TypeInfo("array", items=head)
    return head


def _b_type_then_table(m: re.Match[str], ctx: _Ctx) -> TypeInfo | None:
    """`object Table 5`, `List<Object> Table 7`: a type followed by the table that defines it."""
    head = _sub(m.group(1), replace(ctx, name_ok=False))
    return None if head is None else _with_name(head, f"Table {m.group(2)}")


def _b_table(m: re.Match[str], ctx: _Ctx) -> TypeInfo | None:
    return TypeInfo("object", named=f"Table {m.group(1)}")


_UNION_SEPARATOR: Final = re.compile(r"\bor\b|/|\|")
# a real union has two parts (`String or Int`); the most separators in a Type cell of the 30 services is 4 (the
# slashes of a URL in OBS's "HTTP time string complying with ... http://www.ietf.org/rfc/rfc2616.txt")
_MAX_ALTERNATIVES: Final = 8


def _b_union(m: re.Match[str], ctx: _Ctx) -> TypeInfo | None:
    """`String or Int`, `String/Int`: the common kind when all parts share it, else `any`. A cell with more than
    `_MAX_ALTERNATIVES` parts is no type spelling (each part is read by a recursive call: hundreds would exhaust
    the stack)."""
    if len(_UNION_SEPARATOR.findall(m.group(0))) >= _MAX_ALTERNATIVES:
        return None
    strict = _Ctx()
    left, right = _sub(m.group(1), strict), _sub(m.group(2), strict)
    if left is None or right is None:
        return None
    if left == right:
        return left
    if left.kind == right.kind and left.kind in ("string", "integer", "number", "boolean"):
        return TypeInfo(left.kind)
    return TypeInfo("any")


def _b_identifier(m: re.Match[str], ctx: _Ctx) -> TypeInfo | None:
    """A bare word that is not in the vocabulary: a structure name only inside a :ref: or an array/map element."""
    if not (ctx.name_ok or ctx.has_ref or ctx.linked):
        return None
    return TypeInfo("object", named=m.group(0))


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_ARRAY_WORD: Final = r"(?:array|list|set|collection)"

# Order matters: the first builder that accepts wins.
_RULES: Final[tuple[tuple[re.Pattern[str], _Builder], ...]] = (
    (_NOT_A_TYPE_RE, _b_not_a_type),
    (_rx(r".+"), _b_vocab),
    (_rx(r"(?:string|str)\s*\(\s*(\d+)\s*\)"), _b_string_length),
    (_rx(_ARRAY_WORD + r"\s*<\s*(.+?)\s*>"), _b_array_of_element),
    (_rx(r"(?:map|dict|dictionary|hashmap)\s*<\s*(.+?)\s*>"), _b_generic_map),
    (_rx(r"map\s*<\s*([^<>,]+?)\s*>\s*(\S.*)"), _b_map_typo),
    (_rx(r"\[\]\s*(.+)"), _b_array_of_element),
    (_rx(r"(.+?)\s*\[\]"), _b_array_of_element),
    (_rx(r"(?:array|list)\s*\(\s*(.+?)\s*\)"), _b_array_of_element),
    (_rx(r"(?:map|dict|dictionary|hashmap)\s*\(\s*([^():,]+?)\s*[:,]\s*([^():,]+?)\s*\)"), _b_key_value_map),
    (_rx(r"(?:enum|enumeration)\s*<[^<>]*>"), _b_enum_values),
    (_rx(r"(.+?)(?:\s*[.,;:]\s*|\s+)for details\b(.*)"), _b_for_details),
    (_rx(r"(.+?)\s*\(\s*(?:see\s+)?table\s*(\d+)\s*\)"), _b_type_then_table),
    (_rx(r"(.+?)\s+(?:in|see)\s+table\s*(\d+)"), _b_type_then_table),
    (_rx(r"(?:an?\s+)?" + _ARRAY_WORD + r"\s+of\s+(?:the\s+)?(.+)"), _b_array_of_plural),
    (_rx(r"(.+?)\s+structure\s+(?:array|list)"), _b_structure_array),
    (_rx(r"(.+?)\s+(?:array|list)"), _b_array_of_plural),
    (_rx(r"(?:array|list)\s+([A-Za-z]\w*)"), _b_array_of_plural),
    (_rx(r"(.+?)(?:\s+|(?<=\d))(objects?)"), _b_object_suffix),
    (_rx(r"(.+?)\s+table\s*(\d+)"), _b_type_then_table),
    (_TABLE_NAME_RE, _b_table),
    (_rx(r"(.+?)\s*(?:\bor\b|/|\|)\s*(.+)"), _b_union),
    (_IDENT_RE, _b_identifier),
)


# ---------------------------------------------------------------------------------------------------------------
# public API


def parse_type(text: str, has_ref: bool = False) -> TypeInfo:
    """Read a Type cell. `has_ref`: the cell held a :ref:, whose title (the text) names a structure.

    Returns kind `unknown` (with `raw` set) for any spelling no rule accepts; never guesses.
    """
    raw = text.strip()
    result = _parse(_normalise(raw), _Ctx(has_ref=has_ref))
    return replace(result or _UNKNOWN, raw=raw)


def parse_structure(text: str) -> TypeInfo | None:
    """Read a Type cell that `parse_type` leaves unknown as the name of a structure: `Trigger`, `Resource_tag`,
    `Array of Tag`, `Array of resource_tags`. Only for a row whose child table is linked (or titled after the
    name): without one, a bare word is not guessed to be a structure. None when the text names none."""
    result = _parse(_normalise(text.strip()), _Ctx(linked=True))
    if result is None or result.kind == "unknown":
        return None
    name = result.named if result.named is not None else result.items.named if result.items is not None else None
    if name is None:
        return None  # not a structure name: the spelling is in the vocabulary or unknown either way
    if name.lower() in _VOCAB or (name[-1:] in "sS" and name[:-1].lower() in _VOCAB):
        return None  # `Objects`, `strings`: a type word, not the name of a structure (one object or a list?)
    return replace(result, raw=text.strip())


_MANDATORY_TRUE: Final = frozenset({"yes", "y", "true", "mandatory", "required"})
_MANDATORY_FALSE: Final = frozenset({"no", "n", "false", "optional"})
_MANDATORY_EMPTY: Final = frozenset({"", "-", "--", "\u2013", "\u2014", "/", "n/a", "na", "none"})
# A sentence that opens with a Mandatory word: "No. This header is required when ...", "Yes (If ...)".
_MANDATORY_LEAD_RE: Final = re.compile(r"(yes|no|mandatory|required|optional)(?=[\s.,;:(])", re.IGNORECASE)


# "No (query parameter)": a Mandatory cell that also says where the parameter goes (SFS, a path and a query
# parameter of the same name in one table).
_LOCATION_NOTE_RE: Final = re.compile(r"\s*\(\s*(path|query|header)\s+parameter\s*\)\s*$", re.IGNORECASE)


def stated_location(mandatory_text: str | None) -> str | None:
    """The location a Mandatory cell states after its Yes/No (`No (query parameter)` -> `query`), or None."""
    m = _LOCATION_NOTE_RE.search(mandatory_text or "")
    return m.group(1).lower() if m is not None else None


def parse_mandatory(text: str) -> tuple[bool | None, bool]:
    """Read a Mandatory cell: (required, unclear).

    A plain Yes/No word is clear (a location note after it, `No (query parameter)`, is read by `stated_location`);
    a sentence that opens with one gives its value but is unclear (the rest usually states a condition); a
    placeholder gives (None, False); anything else (None, True).
    """
    norm = _normalise(_LOCATION_NOTE_RE.sub("", text)).lower()
    if norm in _MANDATORY_TRUE:
        return True, False
    if norm in _MANDATORY_FALSE:
        return False, False
    if norm in _MANDATORY_EMPTY:
        return None, False
    lead = _MANDATORY_LEAD_RE.match(norm)
    if lead is not None:
        return lead.group(1) in ("yes", "mandatory", "required"), True
    return None, True


def looks_like_type(text: str, has_ref: bool = False) -> bool:
    """True when the text is a type spelling and not a Mandatory word (detects swapped Mandatory/Type cells)."""
    required, unclear = parse_mandatory(text)
    if required is not None and not unclear:
        return False
    return parse_type(text, has_ref).kind != "unknown"
