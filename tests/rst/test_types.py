"""Type and Mandatory cells: every spelling family measured on the corpus (CORPUS.md, "Type column")."""

from __future__ import annotations

from dataclasses import replace

import pytest

from generator.model import TypeInfo
from generator.rst.types import looks_like_type, parse_mandatory, parse_structure, parse_type, stated_location

T = TypeInfo
STR = T("string")
INT = T("integer")
OBJ = T("object")
UNKNOWN = T("unknown")


def arr(items: TypeInfo | None = None) -> TypeInfo:
    return T("array", items=items)


def named(name: str) -> TypeInfo:
    return T("object", named=name)


def mapping(values: TypeInfo | None = None) -> TypeInfo:
    return T("map", values=values)


def check(text: str, expected: TypeInfo, has_ref: bool = False) -> None:
    got = parse_type(text, has_ref)
    assert got.raw == text.strip()
    # compares kind, format, max_length, items, values and named, nested ones included
    assert replace(got, raw="") == expected


STRING_CASES = [
    ("String", STR),
    ("string", STR),
    ("str", STR),
    ("STRING", STR),
    ("String(255)", T("string", max_length=255)),
    ("String (64)", T("string", max_length=64)),
    ("string(36)", T("string", max_length=36)),
    ("String( 128 )", T("string", max_length=128)),
    ("Enum", STR),
    ("enumeration", STR),
    ("XML", STR),
    ("File", T("string", format="binary")),
]

INTEGER_CASES = [
    ("Integer", INT),
    ("integer", INT),
    ("Int", INT),
    ("int", INT),
    ("Short", INT),
    ("Int32", T("integer", format="int32")),
    ("int32", T("integer", format="int32")),
    ("Long", T("integer", format="int64")),
    ("long", T("integer", format="int64")),
    ("Int64", T("integer", format="int64")),
    ("BigInteger", T("integer", format="int64")),
]

NUMBER_CASES = [
    ("Double", T("number", format="double")),
    ("double", T("number", format="double")),
    ("Float", T("number", format="float")),
    ("Number", T("number")),
    ("BigDecimal", T("number")),
    ("Decimal", T("number")),
]

BOOLEAN_CASES = [
    ("Boolean", T("boolean")),
    ("boolean", T("boolean")),
    ("Bool", T("boolean")),
    ("bool", T("boolean")),
]

DATE_CASES = [
    ("datetime", T("string", format="date-time")),
    ("DateTime", T("string", format="date-time")),
    ("Timestamp", STR),  # MRS: `in milliseconds. For example, 1562032041362.`; the layout comes from the prose
    ("Date", STR),  # OBS: `Date` headers and `2015-07-01T02:30:54.582Z`; not the RFC 3339 `full-date` of `format: date`
]

OBJECT_AND_MAP_CASES = [
    ("Object", OBJ),
    ("object", OBJ),
    ("json", OBJ),
    ("JSON", OBJ),
    ("JSONObject", OBJ),
    ("yaml", OBJ),
    ("AnyType", T("any")),
    ("JSON object", mapping(T("any"))),
    ("Dict", mapping()),
    ("dict", mapping()),
    ("Map", mapping()),
    ("Dictionary data structure", mapping()),
    ("Map<String,String>", mapping(STR)),
    ("Map<String, String>", mapping(STR)),
    ("map<String, String>", mapping(STR)),
    ("Map<String,Object>", mapping(T("any"))),  # Java's top type: any value (CCE extendParam: strings, numbers)
    ("Map<String,Map<String,Array<String>>>", mapping(mapping(arr(STR)))),
    ("Map<String, Array of objects>", mapping(arr(OBJ))),
    ("Map<String,Array<PackageOptions>>", mapping(arr(named("PackageOptions")))),
    # typos seen in CCE add-on pages: the value type written after the brackets
    ("Map<String>String", mapping(STR)),
    ("Map<String>[]string", mapping(arr(STR))),
]

NAMED_OBJECT_CASES = [
    ("PageInfo object", named("PageInfo"), False),
    ("PageInfo object", named("PageInfo"), True),
    ("Table 3 object", named("Table 3"), True),
    ("Table 3 object", named("Table 3"), False),
    ("deleteOption Object", named("deleteOption"), True),
    ("the Tag object", named("Tag"), False),
    ("Table 7", named("Table 7"), True),
    ("Table7", named("Table 7"), True),
    ("object Table 5", named("Table 5"), True),
    # the title of a :ref: in the Type cell
    ("Tag", named("Tag"), True),
    ("resource_tag", named("resource_tag"), True),
    ("PageInfo", named("PageInfo"), True),
    (
        "Table6 Data structure of the nodeTemplate field object",
        named("Table6 Data structure of the nodeTemplate field"),
        True,
    ),
    # a vocabulary word stays a vocabulary word even inside a :ref:
    ("String", STR, True),
    ("Object", OBJ, True),
    # RDS prose: one table cited names the structure; two tables cited do not
    ("Dictionary data structure. For details, see Table 3.", named("Table 3"), True),
    (
        "Dictionary data structure. For details on the field description when creating a single DB instance, "
        "see Table 3. For details on the field description when creating a read replica, see Table 4.",
        mapping(),
        True,
    ),
]

ARRAY_CASES = [
    # array of strings
    ("Array of strings", arr(STR), False),
    ("Array of Strings", arr(STR), False),
    ("Array of String", arr(STR), False),
    ("List<String>", arr(STR), False),
    ("List< String >", arr(STR), False),
    ("Array<String>", arr(STR), False),
    ("Set<String>", arr(STR), False),
    ("String Array", arr(STR), False),
    ("String list", arr(STR), False),
    ("String[]", arr(STR), False),
    ("[]string", arr(STR), False),
    # other scalars
    ("Array of integers", arr(INT), False),
    ("Integer Array", arr(INT), False),
    ("Array of Long", arr(T("integer", format="int64")), False),
    ("list<map<String,String>>", arr(mapping(STR)), False),
    ("list<map<String, String>>", arr(mapping(STR)), False),
    ("Array of Map<String,String> objects", arr(mapping(STR)), False),
    ("List(Dict)", arr(mapping()), False),
    # array of objects
    ("Array of objects", arr(OBJ), False),
    ("Array of Objects", arr(OBJ), False),
    ("Array of Object", arr(OBJ), False),
    ("Array<Object>", arr(OBJ), False),
    ("List<Object>", arr(OBJ), False),
    ("List of objects", arr(OBJ), False),
    ("JSONArray", arr(OBJ), False),
    ("Json Array", arr(OBJ), False),
    # array of named objects
    ("Array of Tag objects", arr(named("Tag")), True),
    ("Array of Tag objects", arr(named("Tag")), False),
    ("Array of the Tag objects", arr(named("Tag")), True),
    ("Array of Volume object", arr(named("Volume")), True),
    ("Array of items objects", arr(named("items")), True),
    ("Array of Tag", arr(named("Tag")), True),
    ("Array of Tags", arr(named("Tags")), True),
    ("List<resource_tag>", arr(named("resource_tag")), False),
    ("List<Transfer>", arr(named("Transfer")), False),
    ("Tags structure array", arr(named("Tags")), False),
    ("Tag structure array", arr(named("Tag")), False),
    ("Array of Table 5", arr(named("Table 5")), True),
    ("Array of Table 9 objects", arr(named("Table 9")), True),
    ("List<Object> Table 7", arr(named("Table 7")), True),
    ("List data structure. For details, see Table 3.", arr(named("Table 3")), True),
    ("Array. For details, see Table 9.", arr(named("Table 9")), True),
    # plural `X objects` without `Array of` is a list (CCE `masters`, `endpoints`, `items`)
    ("MasterSpec objects", arr(named("MasterSpec")), True),
    # bare arrays: the item type is not stated
    ("Array", arr(), False),
    ("array", arr(), False),
    ("list", arr(), False),
    ("List", arr(), False),
    ("List data structure", arr(), False),
]

UNION_CASES = [
    ("String or Int", T("any")),
    ("String/Int", T("any")),
    ("Integer or Long", INT),
    ("String | String", STR),
]

UNKNOWN_CASES = [
    # misaligned columns, placeholders
    ("Yes", False),
    ("No", False),
    ("Null", False),
    ("None", False),
    ("N/A", False),
    ("-", False),
    ("", False),
    ("Yes/No", False),
    ("No", True),
    # a bare word is only a structure name when the cell held a :ref:
    ("Tag", False),
    ("PageInfo", False),
    ("resource_tag", False),
    ("Table 3 list of things", False),
    # not a data type (the API-overview tables have a Type column too)
    ("RDS APIs (v3)", False),
    ("Native OpenStack API", False),
    ("The ID of the object", False),
    ("String or Banana", False),
    ("Map<String>", False),
    ("List<>", False),
    ("Array of", False),
    ("Array of unicorns", False),
    ("Array of IDs", False),
    ("Array of Tag", False),
    ("Tag Array", False),
]


@pytest.mark.parametrize(("text", "expected"), STRING_CASES)
def test_string_family(text: str, expected: TypeInfo) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), INTEGER_CASES)
def test_integer_family(text: str, expected: TypeInfo) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), NUMBER_CASES)
def test_number_family(text: str, expected: TypeInfo) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), BOOLEAN_CASES)
def test_boolean_family(text: str, expected: TypeInfo) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), DATE_CASES)
def test_date_time(text: str, expected: TypeInfo) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), OBJECT_AND_MAP_CASES)
def test_object_and_map(text: str, expected: TypeInfo) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected", "has_ref"), NAMED_OBJECT_CASES)
def test_named_object(text: str, expected: TypeInfo, has_ref: bool) -> None:
    check(text, expected, has_ref)


@pytest.mark.parametrize(("text", "expected", "has_ref"), ARRAY_CASES)
def test_array(text: str, expected: TypeInfo, has_ref: bool) -> None:
    check(text, expected, has_ref)


@pytest.mark.parametrize(("text", "expected"), UNION_CASES)
def test_union(text: str, expected: TypeInfo) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "has_ref"), UNKNOWN_CASES)
def test_unknown_is_never_guessed(text: str, has_ref: bool) -> None:
    check(text, UNKNOWN, has_ref)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  String  ", STR),
        ("String.", STR),
        ("Array   of\n   strings", arr(STR)),
        ("Array of\nTag objects", arr(named("Tag"))),
        ("\n Integer \n", INT),
        ("Boolean..", T("boolean")),
    ],
)
def test_whitespace_and_trailing_periods(text: str, expected: TypeInfo) -> None:
    check(text, expected)


def test_raw_is_the_stripped_text_not_the_normalised_one() -> None:
    got = parse_type("  Array   of\n strings.  ")
    assert got.raw == "Array   of\n strings."
    assert got.items == STR
    assert got.items.raw == ""


def test_unknown_keeps_raw() -> None:
    got = parse_type(" Null ")
    assert got.kind == "unknown"
    assert got.raw == "Null"


# ---------------------------------------------------------------------------------------------------------------
# Mandatory


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yes", (True, False)),
        ("yes", (True, False)),
        ("YES", (True, False)),
        ("Y", (True, False)),
        ("True", (True, False)),
        ("Mandatory", (True, False)),
        ("Required", (True, False)),
        ("Yes.", (True, False)),
        (" Yes \n", (True, False)),
        ("No", (False, False)),
        ("no", (False, False)),
        ("N", (False, False)),
        ("False", (False, False)),
        ("Optional", (False, False)),
        ("", (None, False)),
        ("-", (None, False)),
        ("N/A", (None, False)),
        ("None", (None, False)),
        ("No. This header is required when the API is called using AK/SK.", (False, True)),
        ("No\n\nThis parameter is mandatory for AK/SK authentication.", (False, True)),
        ("Yes (If the volume is created from a snapshot, this parameter is optional.)", (True, True)),
        ("Mandatory when backup is enabled", (True, True)),
        ("Optional, defaults to 10", (False, True)),
        ("Yes/No", (None, True)),
        ("Not mandatory", (None, True)),
        ("Nonetheless", (None, True)),
        ("Conditionally mandatory", (None, True)),
        ("Integer", (None, True)),
        ("Yesterday", (None, True)),
    ],
)
def test_parse_mandatory(text: str, expected: tuple[bool | None, bool]) -> None:
    assert parse_mandatory(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Integer", True),
        ("String", True),
        ("Array of strings", True),
        ("PageInfo object", True),
        ("Yes", False),
        ("No", False),
        ("Mandatory", False),
        ("Optional", False),
        ("N/A", False),
        ("-", False),
        ("", False),
        ("No. This header is required when ...", False),
        ("Tag", False),
    ],
)
def test_looks_like_type(text: str, expected: bool) -> None:
    assert looks_like_type(text) is expected


def test_looks_like_type_with_ref() -> None:
    assert looks_like_type("Tag", has_ref=True) is True
    assert looks_like_type("Yes", has_ref=True) is False


# ---------------------------------------------------------------------------------------------------------------
# Spellings measured on the 30 services (issue 9): DeH, MRS, BMS, DDM, DRS, GeminiDB


@pytest.mark.parametrize(
    ("text", "expected", "has_ref"),
    [
        # key and value types in parentheses: a map (DeH `tags`)
        ("Dict(str:str)", mapping(STR), False),
        ("Map(String, Integer)", mapping(INT), False),
        # the RDS prose without its punctuation (DeH)
        ("Dict For details, see Table 2.", named("Table 2"), False),
        ("List For details, see Table 3.", arr(named("Table 3")), False),
        # a footnote marker is not part of the type (BMS)
        ("Dictionary data structure [1]", mapping(), False),
        # `Array String`: the item type after the array word (MRS)
        ("Array String", arr(STR), False),
        # the table that defines the items, in parentheses or after `in` (DDM, GeminiDB), and glued (DRS)
        ("Array of objects (Table 6)", arr(named("Table 6")), True),
        ("Array of objects in Table 5", arr(named("Table 5")), True),
        ("Array of objects in Table 5", arr(named("Table 5")), False),
        ("Array of Table 4objects", arr(named("Table 4")), True),
        # MRS Manager: a reference to the structure of the table titled after the field, a list of them, an
        # enumeration, a generic value
        ("REFERENCE", OBJ, False),
        ("ARRAY_REFERENCE", arr(OBJ), False),
        ("ENUM <Enumeration>", STR, False),
        ("<T>", T("any"), False),
    ],
)
def test_more_spellings(text: str, expected: TypeInfo, has_ref: bool) -> None:
    check(text, expected, has_ref)


@pytest.mark.parametrize(
    "text",
    [
        "Trigger", "master_eip", "Resource_tag", "Array of Tag", "Array of resource_tags", "Sting",
        # a plural type word is not a structure name, and stays unknown even beside a :ref:
        "Objects", "objects", "Objects in Table 6",
    ],
)
def test_bare_names_stay_unknown_for_parse_type(text: str) -> None:
    check(text, UNKNOWN)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trigger", named("Trigger")),
        ("Resource_tag", named("Resource_tag")),
        ("master_eip", named("master_eip")),
        ("Array of Tag", arr(named("Tag"))),
        ("Array of resource_tags", arr(named("resource_tags"))),
        ("Array of matches", arr(named("matches"))),
    ],
)
def test_parse_structure_reads_a_bare_name_as_a_structure(text: str, expected: TypeInfo) -> None:
    got = parse_structure(text)
    assert got is not None and replace(got, raw="") == expected and got.raw == text


@pytest.mark.parametrize("text", ["Objects", "objects", "Strings", "String", "Array of strings", "Yes", "-",
                                  "RDS APIs (v3)", "Array of objects"])
def test_parse_structure_names_no_structure_for_type_words(text: str) -> None:
    assert parse_structure(text) is None


@pytest.mark.parametrize(
    ("text", "location", "mandatory"),
    [
        ("No (query parameter)", "query", (False, False)),
        ("Yes (path parameter)", "path", (True, False)),
        ("No", None, (False, False)),
        ("Yes (If the volume is created from a snapshot)", None, (True, True)),
    ],
)
def test_a_mandatory_cell_may_state_the_location(text: str, location: str | None,
                                                  mandatory: tuple[bool | None, bool]) -> None:
    assert stated_location(text) == location
    assert parse_mandatory(text) == mandatory


@pytest.mark.parametrize("separator", [" or ", "/", " | "])
def test_a_cell_of_hundreds_of_alternatives_is_no_type_and_does_not_exhaust_the_stack(separator: str) -> None:
    # the fuzzer's 100 kB cell in a Type column: each alternative was read by one more recursive call
    assert parse_type(separator.join(["String"] * 400)).kind == "unknown"
    assert parse_type(separator.join(["String"] * 2)).kind == "string"


@pytest.mark.parametrize("separator", [" or ", "/", " | "])
def test_a_union_of_up_to_eight_parts_is_read_and_one_of_nine_is_not(separator: str) -> None:
    """The limit `_b_union` states: a cell with more than 8 parts is no type spelling (4 is the most in the corpus:
    the slashes of a URL), so the limit is neither below what the docs use nor far above it."""
    assert parse_type(separator.join(["String"] * 8)).kind == "string"
    assert parse_type(separator.join(["String"] * 9)).kind == "unknown"


def test_an_xml_container_is_an_object() -> None:
    assert parse_type("container").kind == "object"
    assert parse_type("Container").kind == "object"
