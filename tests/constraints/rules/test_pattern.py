"""The charset rule (generator/constraints/rules/pattern.py) on the phrasing classes of the wide services: each test
states which values the sentence admits and which it refuses, so it fails without its class."""

from __future__ import annotations

import re

import pytest

from tests.constraints.rules.helpers import admits, kw, pattern


@pytest.mark.parametrize(("text", "good", "bad"), [
    # a relative clause after a length: `..., which can contain ...`; symbols listed in parentheses with spaces
    ("The value is a string of 1 to 64 characters, which can contain digits, letters, underscores (_), and "
     "hyphens (-).", ["ab_1-c"], ["a b", "a.b"]),
    ("The value is a string of 1 to 32 characters that can contain letters, digits, spaces, and special characters "
     "(`_ . : @`).", ["a b_c.d:e@f"], ["a#b", "a/b"]),
    # `Valid characters:` as a label
    ("Valid characters: letters, digits, hyphens (-), periods (.) and underscores (_)", ["a-b.c_1"], ["a b", "a/b"]),
    # a bullet under `The name must:` that starts with `Consist of`
    ("The name must:\n\n- Consist of lowercase letters, digits, or underscores.\n- Start with a lowercase letter or an "
     "underscore.", ["_ab1", "ab"], ["Ab", "1ab", "a-b"]),
])
def test_allowed_characters(text: str, good: list[str], bad: list[str]) -> None:
    admits(text, good, bad)


def test_allowed_character_types_as_bullets() -> None:
    text = ("The key\n\n- Can contain a maximum of 36 characters.\n"
            "- Can contain only the following character types:\n\n  - Uppercase letters\n  - Lowercase letters\n"
            "  - Digits\n  - Hyphens (-) and underscores (_)")
    admits(text, ["Ab-1_c"], ["a b", "a.b", "a@b"])


def test_the_following_characters_inline_and_an_italic_prefix() -> None:
    text = ("Tag key. The key:\n\n"
            "- Can contain UTF-8 letters, digits, spaces, and the following characters: `_.:=+-@`\n"
            "- Cannot start with *sys* because it indicates a system tag.")
    admits(text, ["env", "a b_c.d:e=f+g-h@i", "caf\u00e9"], ["sys", "system", "a/b", "a#b"])


def test_non_ascii_letters_are_not_refused() -> None:
    admits("It can contain letters, digits, and Chinese characters.", ["ab1", "\u4e2d\u6587"], ["a-b", "a b"])


@pytest.mark.parametrize(("text", "good", "bad"), [
    # a backquoted list after `special characters`, no colon; ASCII control characters
    ("It cannot contain ASCII characters (0-31) or special characters `=*<>\\,|/`", ["a b.c"],
     ["a=b", "a\\b", "a\x01"]),
    # `excluding special characters such as ...`: the period inside the quotes ends the sentence
    ("Contains a maximum of 1,023 characters, excluding special characters such as `;|&><'$.` It can be left blank.",
     ["/user/a.jar", ""], ["a;b", "a$b"]),
    # `are not allowed: ...` after the word `characters`
    ("The following special characters are not allowed: !<>'=&\"", ["a b-c"], ["a<b", "a'b", "a&b"]),
    # the characters on the line after `the following characters:`, quoted
    ("The value:\n\n- Cannot contain the following characters:\n\n  Non-printable ASCII characters (0-31), \"`*`\", "
     "\"<\", \">\", \"\\\", \",\", \"|\"", ["a b.c"], ["a*b", "a<b", "a,b", "a|b", "a\x1fb"]),
    # `cannot start or end with a space or contain the following characters: ...`
    ("A tag key cannot start or end with a space or contain the following characters: `,/|<>=*\\`", ["a b"],
     [" a", "a ", "a/b", "a=b"]),
])
def test_forbidden_characters(text: str, good: list[str], bad: list[str]) -> None:
    admits(text, good, bad)


@pytest.mark.parametrize(("text", "good", "bad"), [
    ("Enter 1 to 64 characters, starting with a lowercase letter and ending with a lowercase letter or digit. Only "
     "lowercase letters, digits, periods (.), and hyphens (-) are allowed.", ["a.b-1"], ["1a", "Ab", "ab-"]),
    ("The tag cannot start with a period (.).", ["a.b"], [".a"]),
    ("The value can contain only digits, letters, spaces, and hyphens (-) and must not start with a space.",
     ["a b-1"], [" ab", "a_b"]),
    # required prefixes: a symbol named in words or bold literals
    ("The value must start with a slash (/), **http://**, or **https://**.", ["/a", "http://x", "https://x"],
     ["a", "ftp://x"]),
])
def test_first_and_last_character(text: str, good: list[str], bad: list[str]) -> None:
    admits(text, good, bad)


def test_a_variant_bullet_does_not_constrain_the_value() -> None:
    text = ("Files can be stored in HDFS or OBS.\n\n- OBS: The path must start with **s3a://**.\n"
            "- HDFS: The path starts with a slash (**/**).")
    assert pattern(text) is None


def test_negated_edges_are_not_read_as_required_ones() -> None:
    assert pattern("It cannot start or end with a space.") == "^(?! )(?!.* $).*$"


def test_a_stated_regular_expression_is_the_pattern() -> None:
    text = "Dimension name.\n\n**Regular expression matching**:\n\n    ^([a-z]|[A-Z]){1}([a-z]|[A-Z]|[0-9]|_|-)*$"
    admits(text, ["ab_1", "A-b"], ["1a", "_a", "a.b"])


@pytest.mark.parametrize("text", [
    # `including` after a count does not say the list is complete (LABELLING.md)
    "The value can contain 0 to 64 characters, including letters, digits, hyphens (-), and periods (.).",
    "New mobile number, which can contain a maximum of 32 digits.",
    # the value sent is not the one described
    "Only lowercase letters, digits, and slashes (/) are allowed. Replace a slash (/) with a dollar sign ($) before "
    "you send the request.",
])
def test_no_pattern(text: str) -> None:
    assert pattern(text) is None


@pytest.mark.parametrize(("text", "match", "reject"), [
    ("Key. It can contain a maximum of 36 characters. Spaces before and after a key will be discarded. It can contain "
     "only letters, digits, hyphens (-), and underscores (_).", ["key_1", " key_1 ", "a-b  "],
     ["key 1", "a=b", " a b"]),
    ("Tag value. Spaces before and after the character string are discarded. It must start with a letter. Only "
     "letters and digits are allowed.", ["ab1", "  ab1 "], ["1ab", " 1ab", "a b"]),
])
def test_spaces_the_service_discards_around_a_value_may_stand_there(text: str, match: list[str],
                                                                     reject: list[str]) -> None:
    # the service trims the value before it checks the characters: ` key_1 ` is accepted
    admits(text, match, reject)


def test_spaces_that_are_refused_around_a_value_still_give_the_pattern() -> None:
    admits("Key. Spaces before and after a key are not allowed. It can contain only letters, digits, hyphens (-), and "
           "underscores (_).", ["key_1"], [" key_1", "key 1"])


def test_password_types_do_not_limit_the_characters_but_spaces_are_refused() -> None:
    text = ("Must contain at least three of the following: uppercase letters, lowercase letters, digits, and special "
            "characters (`!@$`), but must not contain spaces.")
    admits(text, ["Abc123#x", "abc1!xyz"], ["abcdefgh", "Abc 123!"])


def test_a_value_full_of_spaces_is_refused() -> None:
    admits("Path of the file. Contains a maximum of 1,023 characters, excluding special characters such as `;|&$.` "
           "The parameter value cannot be empty or full of spaces.", ["/user/a.jar", " a"], ["   ", "a;b"])


def test_a_prefix_refused_with_the_noun_between() -> None:
    admits("The tag key. It can contain letters, digits, spaces, and underscores (_). Tag keys starting with "
           "**_sys_** are system tags, and you cannot start a tag key with **_sys_**.", ["env", "my key", "a_sys_"],
           ["_sys_key"])


def test_constraints_on_a_part_named_in_the_format_are_not_the_values() -> None:
    text = ("Access domain name of a bucket. The format is *BucketName*.*Endpoint*.\n\nThe constraints on bucket "
            "names are as follows:\n\n- A bucket name:\n\n  - Must be 3 to 63 characters long and start with a digit "
            "or letter. Lowercase letters, digits, hyphens (-), and periods (.) are allowed.\n  - Cannot start or end "
            "with a hyphen (-) or period (.).")
    assert pattern(text) is None
    assert "maxLength" not in kw(text)


def test_a_stated_regex_after_the_colon_wins_over_the_charset_sentence() -> None:
    # precision audit: `Regular expression matching: ^...$` on the line of its label; the charset sentence would
    # refuse the commas the expression (and `use commas (,) to separate them`) admits
    text = ("Resource dimension, which must start with a letter. A dimension can only contain digits, letters, "
            "underscores (_), and hyphens (-). If there are multiple dimensions, use commas (,) to separate them. "
            "\n\n**Regular expression matching:** ^([a-z]|[A-Z]){1}([a-z]|[A-Z]|[0-9]|_|-){0,31}"
            "(,([a-z]|[A-Z]){1}([a-z]|[A-Z]|[0-9]|_|-){0,31}){0,3}$")
    admits(text, ["ab", "a1,b_2", "instance_id,disk"], ["1a", "a,1b", "a b"])


def test_literal_markers_inside_a_stated_regex_are_not_characters() -> None:
    admits("Operator.\n\n**Regular expression matching:** ^(`>|<|>=|<=|=|!=`)$", [">", "<=", "!="], ["`>`", ">>"])


def test_consists_of_classes_only() -> None:
    rx = re.compile(kw("Contains 1 to 80 characters and consists of letters, digits, hyphens (-), and underscores "
                       "(_) only.")["pattern"])
    assert rx.search("data-source_1") and not rx.search("ds.1") and not rx.search("data source")


def test_forbidden_symbols_listed_with_or_in_brackets() -> None:
    rx = re.compile(kw("The value can contain no more than 255 characters and cannot contain angle brackets "
                       "(< or >).")["pattern"])
    assert rx.search("Supplementary info") and rx.search("") and not rx.search("a<b") and not rx.search("x>y")


@pytest.mark.parametrize("text", [
    # one class the value may hold, not the only ones
    "Name of a resource whose traces are to be queried. The value can contain uppercase letters.",
    # a count of items, not characters
    "List of mobile numbers or email addresses. Up to 10 mobile numbers or email addresses are supported.",
])
def test_no_charset_from_a_permission_or_a_count(text: str) -> None:
    assert "pattern" not in kw(text)


@pytest.mark.parametrize(("text", "good", "bad"), [
    # several separators that cannot stand side by side (the same one twice is not said)
    ("Only lowercase letters, digits, periods (.), underscores (_), and hyphens (-) are allowed. Periods, "
     "underscores, and hyphens cannot be placed next to each other.", ["my-org.dev_1", "a__b"], ["a.-b", "a_.b"]),
    # a pair, and one doubled
    ("- Lowercase letters, digits, hyphens (-), and periods (.) are allowed.\n- Cannot contain two consecutive "
     "periods (..), for example, **my..bucket**.\n- Cannot contain a period (.) and a hyphen (-) adjacent to each "
     "other, for example, **my-.bucket**.", ["my-bucket", "bucket.01"], ["my..bucket", "my-.bucket", "my.-bucket"]),
])
def test_characters_that_cannot_be_adjacent(text: str, good: list[str], bad: list[str]) -> None:
    rx = re.compile(kw(text)["pattern"])
    assert all(rx.search(v) for v in good) and not any(rx.search(v) for v in bad)


def test_the_first_character_is_also_an_allowed_one() -> None:
    # `start with a digit or letter` and only lowercase letters allowed: an uppercase first letter is refused
    rx = re.compile(kw("Must be 3 to 63 characters long and start with a digit or letter. Lowercase letters, digits, "
                       "hyphens (-), and periods (.) are allowed.")["pattern"])
    assert rx.search("1abc") and rx.search("my-bucket") and not rx.search("MyBucket")


def test_adjacency_is_not_a_forbidden_character() -> None:
    rx = re.compile(kw("It cannot contain two consecutive periods (..).")["pattern"])
    assert rx.search("a.b") and not rx.search("a..b")


def test_a_symbol_the_first_character_rule_names_stays_allowed_there() -> None:
    rx = re.compile(kw("It must start with a letter, digit, or slash (/). Only letters, digits, and hyphens (-) are "
                       "allowed.")["pattern"])
    assert rx.search("/abc") and rx.search("Abc-1")


@pytest.mark.parametrize(("text", "good", "bad"), [
    # the symbol of the `at most one` clause is allowed; only the clause after `cannot contain` forbids
    ("The filter can contain at most one asterisk (`*`) and cannot contain commas (,).", ["a*b", "abc"], ["a,b"]),
    # a symbol said to be supported is no forbidden character because the sentence says `except` later
    ("Vertical bars (|) are supported to separate alternatives, except in the first position, and cannot contain "
     "tildes (~).", ["a|b"], ["a~b"]),
])
def test_only_the_forbidding_clause_names_forbidden_characters(text: str, good: list[str], bad: list[str]) -> None:
    admits(text, good, bad)


def test_forbidden_combinations_are_not_forbidden_characters() -> None:
    admits("It can contain only letters, digits, plus signs (+), and periods (.). The combinations (.+) and (+.) are "
           "not allowed.", ["a.b+c"], ["a b"])


def test_characters_allowed_in_each_segment_are_not_the_whole_value() -> None:
    """`Only ... are allowed in each segment` with periods separating the segments: the periods stay allowed."""
    admits("It is split into segments by periods (.). Only letters and digits are allowed in each segment. It cannot "
           "start with a period (.).", ["abc.d1"], [".abc"])


def test_a_named_character_whose_symbol_disagrees_keeps_both() -> None:
    """`a hyphen (~)`: the name says `-`, the symbol `~`; either may be what the docs mean, so both are admitted."""
    admits("It can contain only letters, hyphens (~), and tildes (~). It must start with a letter or a hyphen (~).",
           ["-ab", "~ab", "ab"], ["1ab"])


def test_special_characters_allowed_besides_others_are_no_charset() -> None:
    # `Special characters, such as ..., are allowed`: these besides letters and digits, not the only characters
    text = ("Request path, which can hold parameters in braces ({}), for example, /users/{id}. Special characters, "
            "such as slashes (/), hyphens (-) and periods (.), are allowed. It can contain a maximum of 256 "
            "characters.")
    assert pattern(text) is None
    # they widen a charset another sentence states
    for text in ("The name can contain only letters and digits. Special characters, such as hyphens (-) and periods "
                 "(.), are allowed.", "Special characters, such as hyphens (-) and periods (.), are allowed. The "
                 "name can contain only letters and digits."):
        admits(text, ["a-b.c1"], ["a/b", "a b"])


def test_the_charset_of_a_sub_item_is_no_pattern_of_the_value() -> None:
    # the sentences after `Each must ...` go on about the variables, not the whole `Host:Port` address
    text = ('Target address in the format "Host:Port", for example, example.com:8080.\n\nVariables are supported. '
            "Each must start with a letter and can contain 3 to 16 characters. Only letters, digits and underscores "
            "(_) are allowed.")
    assert pattern(text) is None
    assert "x-constraint-ambiguous" in kw(text)


@pytest.mark.parametrize(("text", "good", "bad"), [
    ("Cannot start with an underscore (_) or end with a hyphen (-).", ["a-b", "ab_"], ["_a", "ab-"]),
    ("The name cannot begin with a period or hyphen, or end with a period.", ["a.b", "ab"], ["ab."]),
])
def test_a_negated_end_after_or_is_excluded_not_required(text: str, good: list[str], bad: list[str]) -> None:
    admits(text, good, bad)


def test_cannot_start_or_end_after_a_with_is_read_once() -> None:
    # (the prefix after `Cannot be empty or` is read too)
    assert pattern("Cannot be empty or start with **tmp_**, and cannot start or end with a space.") == \
        "^(?!tmp_)(?! )(?!.* $).*$"


def test_a_bold_subject_after_a_part_sentence_is_read_again() -> None:
    # `**svc** cannot start with ...` names its own subject: not carried on from the `each` sentence before it
    text = ("The name must be in the **svc.item** format. **svc** and **item** each must start with a letter. In "
            "addition, **svc** cannot start with **SYS**.")
    admits(text, ["ABC.x"], ["SYS.x"])


def test_a_doubled_character_excludes_the_pair_only() -> None:
    admits("The expression cannot contain semicolons (;) or double slashes (//).", ["a/b/c", "a"], ["a//b", "a;b"])


def test_characters_a_part_cannot_hold_the_value_cannot_hold_either() -> None:
    admits("Several names, one per line. Each name can contain one asterisk (*) at most. Ampersands (&) and colons (:) "
           "are not allowed.", ["a*\nb"], ["a&b", "a:b"])


@pytest.mark.parametrize(("text", "good", "bad"), [
    # `consists of` / `composed of` then the classes, anywhere in the sentence; both cases of `uppercase and lowercase`
    ("The label consists of uppercase and lowercase letters, digits, hyphens (-), commas, and spaces.",
     ["Ab-1, c"], ["a_b", "a.b"]),
    ("It is a code composed of uppercase letters.", ["ECS"], ["ecs", "EC2"]),
    ("The release consists of digits and decimal points, for example, **2.1.0**.", ["2.1.0"], ["v2", "2-1"]),
])
def test_consists_of_the_classes(text: str, good: list[str], bad: list[str]) -> None:
    admits(text, good, bad)


@pytest.mark.parametrize("text", [
    "The value consists of 1 to 32 characters, including letters and digits.",  # a count, `including`: open list
    "The value consists of digits and build labels.",  # an item no class names
    "The request consists of a header and a body of letters and digits.",
])
def test_consists_of_without_a_closed_class_list_gives_nothing(text: str) -> None:
    assert pattern(text) is None


@pytest.mark.parametrize(("text", "good", "bad"), [
    # a spaced list after the colon: every symbol, not the first only
    ("The remark cannot contain the following characters: ! < > = & \" '", ["a b-c"], ["a!", "a<b", "a=b", "a'b"]),
    # bare symbols after `special characters such as`
    ("It cannot contain special characters such as < > &.", ["a b"], ["a<b", "a&b"]),
    ("Cannot contain special characters, such as < and >.", ["a&b"], ["a<b", "a>b"]),
    # spaces named among the excluded characters
    ("The header can contain at most one wildcard (`*`) and cannot contain spaces.", ["a*b"], ["a b"]),
    ("Spaces, ampersands (&), colons (:), and full-width characters are not allowed.", ["a-b"], ["a b", "a&b", "a:b"]),
])
def test_excluded_characters_listed(text: str, good: list[str], bad: list[str]) -> None:
    admits(text, good, bad)


def test_spaces_excluded_only_as_a_whole_or_at_the_edges_stay_allowed_inside() -> None:
    admits("The name cannot contain consecutive spaces.", ["a b", "a b c"], ["a  b"])  # the pair, not a space
    admits("The name cannot contain only spaces.", ["a b"], ["   "])


def test_a_variant_bullet_holds_for_every_sentence_of_it() -> None:
    # the second sentence of the `Local path:` bullet states that variant's prefix, not the field's
    text = ("Path of the script.\n\n- Bucket path: Enter the path by hand, for example, **obs://bkt/run.sh**.\n"
            "- Local path: Enter a path. The path must start with a slash (/) and end with **.sh**.")
    assert pattern(text) is None
    admits("Path of the script. The path must start with a slash (/).", ["/a.sh"], ["obs://a.sh"])


def test_the_characters_of_a_part_the_format_names() -> None:
    text = ("Tags of the server, each in the format of \"key.value\".\n\n"
            "- The key of the tag can contain only letters, digits, and hyphens (-).\n"
            "- The value of the tag can contain only letters, digits, and hyphens (-).")
    assert pattern(text, kind="array", item_kind="string") is None
    assert kw(text, kind="array", item_kind="string").get("x-constraint-ambiguous")
    # the field's own value, in a cell that states a format
    admits("The tag, in the format of \"key.value\". The value can contain only letters, digits, and periods (.).",
           ["a.b"], ["a-b"])


def test_the_characters_of_each_item_of_a_separated_list() -> None:
    text = ("A dimension can contain only letters, digits, and hyphens (-). If there are several dimensions, use "
            "commas (,) to separate them.")
    assert pattern(text) is None
    assert "separated list" in str(kw(text).get("x-constraint-ambiguous"))
    # the separator among the allowed characters: the pattern holds for the whole list
    admits("Only letters, digits, and commas (,) are allowed. Separate multiple names with commas (,).",
           ["a,b"], ["a b"])


def test_a_for_variant_bullet_states_that_variant_only() -> None:
    text = ("Path of the injected file.\n\n- For Linux, give the path, for example, **/etc/app.conf**.\n"
            "- For Windows, the file is stored on drive C. The file name contains only letters and digits.")
    assert pattern(text) is None
    assert "condition" in str(kw(text).get("x-constraint-ambiguous"))
    # `- For example, ...` is no variant
    admits("The name.\n\n- For example, **abc1**.\n- Contains only letters and digits.", ["abc1"], ["a-b"])


def test_not_formatted_as_an_ip_address() -> None:
    admits("The name contains only lowercase letters, digits, and periods (.). It cannot be formatted as an IP "
           "address.", ["my.bucket", "1.2.3"], ["192.168.0.1", "My"])
    assert pattern("The value can be an IP address or a domain name.") is None
    assert pattern("The value cannot be an IP address or address segment starting with 0.") is None


def test_a_path_with_a_charset_that_leaves_out_slashes() -> None:
    text = "Mount point. The value is an absolute path. Letters, digits, periods (.), and hyphens (-) are allowed."
    assert pattern(text) is None
    assert "path" in str(kw(text).get("x-constraint-ambiguous"))
    admits("The value is an absolute path. Letters, digits, slashes (/), and hyphens (-) are allowed.",
           ["/mnt/a-1"], ["/mnt/a_1"])


@pytest.mark.parametrize("text", [
    "Password. The password:\n\n- Can include 8 to 32 characters.\n- Must contain at least three types of uppercase "
    "letters, lowercase letters, digits, and the following special characters: `~!@#%^*-_=+?`",
    "Password. A password must conform to the following rules:\n\n- Contains 12 to 32 characters.\n- Contains at "
    "least three types of the following:\n\n  - Lowercase letters\n  - Uppercase letters\n  - Digits\n  - Special "
    "characters:`~!?,.:;-_`",
])
def test_at_least_three_types_of_with_the_types_inline_or_nested(text: str) -> None:
    got = kw(text)
    rx = re.compile(got["pattern"])
    assert rx.search("Abcdef12") and rx.search("abcdef1!") and not rx.search("abcdefgh") and not rx.search("12345678")
    assert got["x-password-complexity"]["min_classes"] == 3


def test_at_least_three_types_of_things_that_are_no_character_types_is_no_pattern() -> None:
    assert "pattern" not in kw("Contains at least three types of the following:\n\n  - Disks\n  - NICs\n  - Tags")


# virtual-private-network, an IPsec connection's psk (emitted audit, seed 20261207): the special characters bullet
# of a `Can contain only:` list, written with spaces between them and a period among them
def test_a_nested_list_of_special_characters_written_with_spaces_is_allowed_whole() -> None:
    text = ("Specifies the pre-shared key.\n\nThe key\n\n- Can contain 6 to 128 characters.\n- Can contain only:\n\n"
            "  - Digits\n  - Uppercase letters\n  - Lowercase letters\n"
            "  - Special characters: ~ ` ! @ # $ % ^ ( ) - _ + = [ ] { } | \\ , . / : ;")
    rx = re.compile(kw(text)["pattern"])
    assert all(rx.search(v) for v in ("Abc123", "Abc~123!", "a`b;c", "x[]{}|\\,./:;()=+_-^%$#@"))
    assert not any(rx.search(v) for v in ("a b", "a&b", "a*b", "a?b", "a<b", "a'b"))


# relational-database-service, resetting the root password (emitted audit, seed 20261207): the list in parentheses
# holds parentheses itself
def test_special_characters_listed_in_parentheses_may_hold_parentheses() -> None:
    text = ("Specifies the database password.\n\nThe value must be 8 to 32 characters long and contain at least three "
            "types of the following characters: uppercase letters, lowercase letters, digits, and special characters "
            "(```~!@#$%^*-_=+?,()&```).")
    got = kw(text)
    rx = re.compile(got["pattern"])
    assert rx.search("abcd1234)") and rx.search("abcd1234&") and rx.search("abcd1234(")
    assert not rx.search("abcd1234<") and not rx.search("abcdefgh")
    assert got["x-password-complexity"]["special"] == "~!@#$%^*-_=+?,()&"


@pytest.mark.parametrize(("text", "good", "bad"), [
    # the prefix stated in the indicative, of the value itself (`The value starts with`, `..., which starts with`)
    ("Snapshot policy ID. The value starts with **sp**.", ["sp01", "spx"], ["ps01", "01"]),
    ("Queue ID, which begins with **q-** or **Q-**.", ["q-1", "Q-abc"], ["q1", "x-1"]),
    # a bullet of the value's rules that states the prefix
    ("The script path:\n\n- Contains up to 255 characters.\n- Starts with **/** or **obs://**.",
     ["/opt/a.sh", "obs://b/a.sh"], ["opt/a.sh", "s3://b/a.sh"]),
    # what follows the prefix, and how many of them
    ("Rule ID, which starts with **ru** and is followed by 10 characters of letters, digits, or a combination of both.",
     ["ru0123456789", "ruABCDEFGHIJ"], ["xx0123456789", "ru012345678", "ru01234567-9"]),
    ("The ID starts with **tp** and is followed by letters or digits.", ["tp1", "tpAb9"], ["tp-1", "at1"]),
])
def test_a_prefix_stated_of_the_value(text: str, good: list[str], bad: list[str]) -> None:
    admits(text, good, bad)


@pytest.mark.parametrize("text", [
    # a condition, another thing's name, what a default does, one allowed value
    "If the value starts with **x-**, a prefix search is performed.",
    "If this parameter is left blank, a group is created whose name starts with **auto_**.",
    "Headers that start with **x-meta-** are returned.",
    "The names of the exported files will start with **Export** by default.",
    "A path on OBS can start with **obs://**.",
])
def test_a_prefix_not_stated_of_every_value_gives_no_pattern(text: str) -> None:
    assert pattern(text) is None


@pytest.mark.parametrize(("text", "good", "bad"), [
    ("The file path:\n\n- Contains up to 1,023 characters.\n- Ends with **.py**.", ["/a/b.py"], ["/a/b.pyc", "b.sh"]),
    # a suffix the cell says is case-insensitive
    ("- The path must end with **.csv**. **csv** is case-insensitive.", ["a.csv", "a.CSV"], ["a.txt", "acsv"]),
    ("The file name must end with **.yaml** or **.yml**.", ["a.yaml", "a.yml"], ["a.json", "a.YAML"]),
])
def test_a_suffix_stated_of_the_value(text: str, good: list[str], bad: list[str]) -> None:
    admits(text, good, bad)


@pytest.mark.parametrize("text", [
    # one suffix per variant in one sentence
    "- Python jobs must end with **.py** while Java jobs must end with **.jar**.",
    "If the value ends with **\\***, a fuzzy search is performed.",
])
def test_a_suffix_per_variant_or_condition_gives_no_pattern(text: str) -> None:
    assert pattern(text) is None


@pytest.mark.parametrize(("text", "good", "bad"), [
    ("The value is digits separated by commas (,), indicating the months of the year.", ["1,5,12", "3"],
     ["Jan,Feb", "1;5", "1,", ",1"]),
    ("Value range: The value is a number separated by semicolons (;).", ["10;20"], ["10,20", "a;b"]),
])
def test_numbers_separated_by_a_stated_character(text: str, good: list[str], bad: list[str]) -> None:
    admits(text, good, bad)


def test_numbers_separated_under_a_condition_give_no_pattern() -> None:
    text = ("- If **type** is set to **weekly**, the value ranges from **1** to **7**. The digits are separated by a "
            "comma, such as **1,3**.")
    assert pattern(text) is None


def test_consisting_of_after_a_count_names_the_classes() -> None:
    admits("The value can contain 1 to 32 characters, consisting of letters, digits, and hyphens (-).", ["a-1"],
           ["a_1", "a b"])
    assert pattern("The value can contain 1 to 32 characters, consisting of letters and several other symbols.") \
        is None


def test_a_stated_regular_expression_anchored_at_one_end() -> None:
    admits("Task ID.\n\n**Regular expression matching:** ^tk([a-z]|[0-9]){6}", ["tk12ab34"], ["xtk12ab34", "tk12"])
    admits("Rule ID.\n\n**Regular expression matching:** ru([a-z]|[0-9]){4}$", ["ru12ab"], ["ru12a", "ru12ab-"])
    # a colon inside the expression is the expression's, not the label's
    admits("End time.\n\nRegular expression matching: ^([01][0-9]|2[0-3]):([0-5][0-9])$", ["09:30"], ["24:00", "9:30"])
    # an expression a sentence's full stop ends is not taken as anchored at its start only (`^...$.` would then be
    # searched with its `$.`, which no value matches): as before anchoring at one end was read, no pattern
    assert pattern("Rule name.\n\nIt should match the regular expression: ^[a-z][a-z0-9.]{0,31}$.") is None


@pytest.mark.parametrize(("text", "good", "bad"), [
    # the port in brackets: optional
    ("Address of the server the request goes to. The value is in the *host[:port]* format.",
     ["api.example.com", "api.example.com:8443", "10.1.2.3:80"], ["https://api.example.com", "api.example.com:",
                                                                  "api.example.com:https", "a b:80"]),
    # host and port as two italic placeholders, and a sentence saying what an unspecified port means
    ("Server of the request. The value is in the format of *Domain name*:*Port number*. If the port number is not "
     "specified, port 443 is used.", ["svc.example.com", "svc.example.com:443"], ["svc.example.com:x", "a/b"]),
    # nothing says the port may be left out: it is part of the layout
    ("Proxy address. The value must be *Host name:Port number*.", ["proxy.local:3128"], ["proxy.local", "proxy:"]),
])
def test_a_host_and_port_layout(text: str, good: list[str], bad: list[str]) -> None:
    admits(text, good, bad)


@pytest.mark.parametrize("text", [
    "If a proxy is used, the value is in the *hostname:port* format.",  # one case's layout
    "The value is in the format of https://*Hostname*:*Port number*/v3.",  # a URL, not a host and port
    "- Remote server: The value is in the *hostname:port* format.",  # one variant's
])
def test_a_host_and_port_layout_of_a_case_or_inside_a_url_gives_no_pattern(text: str) -> None:
    assert pattern(text) is None


def test_excluded_prefixes_listed_with_a_serial_comma() -> None:
    admits("The value cannot start with **sys**, **agt**, or **sre**.", ["app", "asys"], ["sys1", "agt", "sre_x"])
    # `, and` opens the next clause: its value is another rule's, not a prefix
    admits("The value cannot start with **sys**, **agt**, or **sre**, and **name** cannot be **root**.", ["name1"],
           ["sre"])


def test_a_stated_expression_that_refuses_the_cells_own_example_gives_no_pattern() -> None:
    text = ("Start of the quiet period. Example: **07:30**\n\n"
            "**Regular expression matching:** ^(1[0-9]|2[0-3]):[0-5][0-9]$")
    assert pattern(text) is None
    # the example the expression admits, or a value the cell gives as refused, leaves the expression as stated
    admits(text.replace("07:30", "17:30"), ["17:30"], ["07:30"])
    admits("Cannot contain two periods, for example, **a..b**.\n\n"
           "**Regular expression matching:** ^[a-z]+(\\.[a-z]+)*$", ["a.b"], ["a..b"])


# Ninth round (issue 10, wide6): a layout of literal parts (bold) and placeholders (italic), in four services.

@pytest.mark.parametrize(("text", "name", "match", "reject"), [
    ("Error code. Format: **CTS.***XXX*.", "error_code", ["CTS.001", "CTS.1002"], ["ECS.001", "001", "CTS001"]),
    ("Specifies the authorized account ID. The format is the **iam:domain::***domain_id*.", "permission",
     ["iam:domain::6e9dfd51d1124e8d8498dce894923a0d", "iam:domain::*"], ["6e9dfd51d1124e8d", "iam:user::a"]),
    ("Specifies the flavor ID. The format is **physical.***x***.***x*.", "flavorRef", ["physical.s4.large"],
     ["physical", "s4.large"]),
    ("The value must be in the *ak***:***signature***:***policy* format.", "token", ["ak:sig:pol"], ["ak:sig"]),
])
def test_a_layout_of_literal_parts_and_placeholders(text: str, name: str, match: list[str],
                                                    reject: list[str]) -> None:
    regex = kw(text, name=name)["pattern"]
    assert all(re.search(regex, v) for v in match) and not any(re.search(regex, v) for v in reject)


@pytest.mark.parametrize(("text", "name"), [
    # the query syntax around the value: the value is what follows `=`
    ("Password expiration time. The format is **password_expires_at=***operator***:***timestamp*.",
     "password_expires_at"),
    # a literal given as an example, not as the format; placeholders alone; a date layout (the format rule's)
    ("Script path, for example, **s3a://***XXX***/scale.sh**.", "path"),
    ("The format is *BucketName*.", "Host"),
    ("The value cannot be **169.254.195.***xxx*.", "address"),
])
def test_no_layout_pattern_from_what_is_no_layout_of_the_value(text: str, name: str) -> None:
    assert "pattern" not in kw(text, name=name)


def test_a_date_layout_of_placeholders_is_left_to_the_format_rule() -> None:
    assert kw("The format is *yyyy***-***mm***-***ddThh***:***mm***:***ssZ*.").get("pattern") != "^.+-.+-.+:.+:.+$"


def test_no_layout_pattern_for_a_filter_that_takes_a_part_of_the_value() -> None:
    """The VPC endpoint whitelist filter: `Fuzzy search is supported.` beside the layout; a partial value is valid."""
    text = ("Specifies the authorized account ID. The format is the **iam:domain::***domain_id*. Fuzzy search is "
            "supported.")
    got = kw(text, name="permission")
    assert "pattern" not in got and "fuzzy" in got["x-constraint-ambiguous"]
    assert kw(text.replace("Fuzzy search is supported.", "Fuzzy search is not supported."), name="permission")[
        "pattern"] == "^iam:domain::.+$"


@pytest.mark.parametrize("text", [
    "Valid characters are letters, digits, hyphens (-), and underscores (_).",
    "The allowed characters are letters, digits, hyphens (-), and underscores (_).",
    "Supported characters: letters, digits, hyphens (-), and underscores (_).",
])
def test_the_allowed_characters_named_as_the_subject(text: str) -> None:
    admits(text, ["a-b_1"], ["a b", "a.b"])
