"""The one format checker of the project: every place that checks a `format` keyword checks it with this module.

The generated client's request validation (this file is shipped in the client package as `_formats.py`), the
contract suite (its helper imports the client's copy; openapi-core gets the same checks through its
`extra_format_validators`), `lint` (documented examples) and the constraint stage (stated defaults and listed values,
`generator/constraints/values.py`) all give the same verdict on a value, whatever else is installed. jsonschema's own
`FORMAT_CHECKER` does not: it skips `date-time` without rfc3339-validator and `uri` without rfc3987 or
rfc3986-validator, says yes to any `email` holding an `@`, and knows no `byte`.

What each format accepts, and what decides it (well-kept libraries where they exist, the standard library else):

- `date-time`: RFC 3339 `date-time` (`2024-01-02T03:04:05Z`, `...05.123+08:00`; `t` and `z` in either case). Not a
  space for the `T`, a missing offset, an offset without its colon (`+0800`), the compact `20240102T030405`, a leap
  second or a day the month does not have. rfc3339-validator (what jsonschema's format extra uses).
- `date`: RFC 3339 `full-date` (`2024-01-02`), a day of the calendar. `datetime.date.fromisoformat` on that layout.
- `uuid`: the RFC 9562 text form, 8-4-4-4-12 hex digits with hyphens, in any case. Not `0`, not the 32 digits
  without hyphens, no braces, no `urn:uuid:`. `uuid.UUID`, then the value must be its hyphenated form.
- `byte`: Base64 of RFC 4648 section 4, padded, no line breaks, not the URL-safe alphabet (not `@@@`, not `abc`).
  `base64.b64decode(validate=True)`.
- `ipv4`: a dotted quad without leading zeros. `ipaddress.IPv4Address`.
- `ipv6`: the RFC 4291 text form, without a zone (`fe80::1%eth0`). `ipaddress.IPv6Address`.
- `email`: an RFC 5321 Mailbox in ASCII (a quoted local part and an address literal too); email-validator without
  DNS, which also refuses the special-use domains (`localhost`, `.local`, `.invalid`, `.test`, `.arpa`, ...).
- `uri`: RFC 3986 `URI`, a scheme then the rest (not a relative reference, no space). rfc3986-validator (what
  jsonschema's `format-nongpl` extra uses; rfc3987 is GPL).
- `int32`, `int64`: an integer in the signed 32/64-bit range, as the OpenAPI format registry says.

No value with a line break is any of these (rfc3339-validator and rfc3986-validator match with `$`, which would let
a final newline through).

Any other format (`binary`, `double`, `float`, `password`, ...) is an annotation: every checker accepts any value.
A value that is not of the format's JSON type (a number under `format: date-time`) passes the format check, as JSON
Schema says: `type` is the keyword that refuses it.

The module imports nothing of the project: it is copied into every generated client as it is.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import re
from collections.abc import Callable
from datetime import date
from uuid import UUID

from email_validator import EmailNotValidError, validate_email
from jsonschema import FormatChecker
from rfc3339_validator import validate_rfc3339  # type: ignore[import-untyped, unused-ignore]
from rfc3986_validator import validate_rfc3986  # type: ignore[import-untyped, unused-ignore]

__all__ = ["FORMATS", "FORMAT_CHECKER"]

_FULL_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _one_line(value: str) -> bool:
    """No line break: rfc3339-validator and rfc3986-validator match with `$`, which also matches before a final
    newline."""
    return "\n" not in value and "\r" not in value


def is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    return _one_line(value) and bool(validate_rfc3339(value.upper()))


def is_date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if _FULL_DATE.fullmatch(value) is None:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:  # 2024-02-30, month 13, year 0
        return False
    return True


def is_uuid(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        parsed = UUID(value)
    except ValueError:
        return False
    return str(parsed) == value.lower()  # the hyphenated form only (UUID() also reads braces, urn:uuid:, 32 digits)


def is_byte(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):  # a character outside the alphabet, bad padding, a non-ASCII character
        return False
    return True


def is_ipv4(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        ipaddress.IPv4Address(value)
    except ValueError:
        return False
    return True


def is_ipv6(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        address = ipaddress.IPv6Address(value)
    except ValueError:
        return False
    return not address.scope_id


def is_email(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        validate_email(value, check_deliverability=False, allow_smtputf8=False, allow_quoted_local=True,
                       allow_domain_literal=True, allow_display_name=False, allow_empty_local=False,
                       globally_deliverable=False, test_environment=False)
    except EmailNotValidError:
        return False
    return True


def is_uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    return _one_line(value) and bool(validate_rfc3986(value, rule="URI"))


def _int_range(bits: int) -> Callable[[object], bool]:
    def check(value: object) -> bool:
        if isinstance(value, bool) or not isinstance(value, int):
            return True
        return -(1 << (bits - 1)) <= value < 1 << (bits - 1)
    return check


FORMATS: dict[str, Callable[[object], bool]] = {
    "date-time": is_date_time,
    "date": is_date,
    "uuid": is_uuid,
    "byte": is_byte,
    "ipv4": is_ipv4,
    "ipv6": is_ipv6,
    "email": is_email,
    "uri": is_uri,
    "int32": _int_range(32),
    "int64": _int_range(64),
}


def _checker() -> FormatChecker:
    checker = FormatChecker(())  # none of jsonschema's own checks, whose verdicts depend on what is installed
    for name, check in FORMATS.items():
        checker.checks(name)(check)
    return checker


FORMAT_CHECKER = _checker()

