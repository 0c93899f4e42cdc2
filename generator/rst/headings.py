"""Section titles and table header cells, read as what they name: a section kind (`uri`, `request`, `status`,
...) and a column role (`name`, `type`, `mandatory`, `description`, ...), whatever words the page uses."""

from __future__ import annotations

import re

__all__ = ["column_role", "map_columns", "section_kind"]

# ----------------------------------------------------------------------------------------------------------------
# section titles -> kinds (CORPUS.md "Section titles vary")

_SECTION_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(example|sample)s?\b.*\brequests?\b|\brequests?\b.*\b(example|sample)s?\b"), "request-example"),
    (re.compile(r"\b(example|sample)s?\b.*\b(response|responses)\b|\bresponses?\b.*\b(example|sample)s?\b"),
     "response-example"),
    (re.compile(r"^(uri|url|api format|request uri|uri format|request line)s?$"), "uri"),
    (re.compile(r"\bquery param"), "query"),
    (re.compile(r"\bpath param"), "path"),
    (re.compile(r"\brequest syntax\b"), "request-syntax"),
    (re.compile(r"\brequest head"), "header"),
    (re.compile(r"\brequests?\b"), "request"),
    (re.compile(r"\b(status codes?|returned values?|return values?|return codes?)\b"), "status"),
    (re.compile(r"\bresponses?\b"), "response"),
    (re.compile(r"\berror codes?\b"), "errors"),
    (re.compile(r"^(examples?|example request and response)$"), "example"),
)


def _first(rules: tuple[tuple[re.Pattern[str], str], ...], text: str) -> str:
    """The name of the first rule whose pattern is found in `text`, else "other"."""
    return next((name for pattern, name in rules if pattern.search(text)), "other")


def section_kind(title: str) -> str:
    return _first(_SECTION_RULES, re.sub(r"[*:]", "", title).strip().lower())


# ----------------------------------------------------------------------------------------------------------------
# table headers -> column roles (CORPUS.md "Header rows")

_ROLE_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(status( code)?|http status( code)?|code|return code)s?$"), "status"),
    (re.compile(r"^(parameters?|name|parameter name|field|field name|header|headers?|returned values?|"
                r"attribute|key|element|item|query parameter|property|header name|param|"
                r"request parameter|response parameter|label)$"), "name"),
    (re.compile(r"^(types?|data type|value type|parameter type)$"), "type"),
    (re.compile(r"^(mandatory|required|mandatory \(yes/no\)|is mandatory|optional|mandatory/optional|"
                r"m/o|yes/no|mandatory or optional|required \(yes/no\))$"), "mandatory"),
    (re.compile(r"^(descriptions?|desc|meaning|explanation|definition)$"), "description"),
    (re.compile(r"^(in|location|position|parameter location|parameter type \(path/query\))$"), "location"),
)


def column_role(header: str) -> str:
    return _first(_ROLE_RULES, re.sub(r"\s+", " ", header).strip().lower())


def map_columns(headers: tuple[str, ...]) -> dict[str, int]:
    roles: dict[str, int] = {}
    others: list[int] = []
    for i, h in enumerate(headers):
        role = column_role(h)
        if role == "other" or role in roles:
            others.append(i)
        else:
            roles[role] = i
    # Typo header `Parameter | Mandatory | String | Description`: a lone unclaimed column named like a type
    # word sits where Type belongs.
    if "type" not in roles:
        for i in others:
            if headers[i].strip().lower() in {"string", "integer", "object", "boolean"}:
                roles["type"] = i
                others.remove(i)
                break
    # `Remarks` stands in for Description when there is none.
    if "description" not in roles:
        for i in others:
            if headers[i].strip().lower() in {"remarks", "remark", "comment", "comments", "note", "notes"}:
                roles["description"] = i
                others.remove(i)
                break
    return roles
