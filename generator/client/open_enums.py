"""Open enums: every place the generated code parses an enum value goes through the shipped `_enums.open_enum`.

openapi-python-client parses an enum field with the enum class itself (`status = BackupStatus(_status)`, also in list
items and union branches), which raises on a value the docs did not list. `open_models` rewrites each such call to
`open_enum("Backup.status", BackupStatus, _status)` (runtime: `runtime_enums.py`); `strict_parses` finds any call left
(the output check reports them as `client-enum-strict`, so a generator change that parses enums another way cannot
silently undo this). Enum classes themselves stay as generated: code that builds one from a typo still fails, and a
request is validated against the spec before it is sent either way.
"""

from __future__ import annotations

import re
from pathlib import Path

from generator.client.naming import python_string
from generator.client.pyast import literal

ENUMS_IMPORT = "from {dots}_enums import open_enum\n"
_ENUM_CLASS = re.compile(r"(?m)^class (\w+)\((?:StrEnum|IntEnum)\):")
_CLASS = re.compile(r"^class (\w+)\b")
_TARGET = re.compile(r"^\s*(\w+)(?:\s*:[^=]+)?\s*=[^=]")
_POP = re.compile(r"""\bd\.pop\(((?:"(?:[^"\\]|\\.)*")|(?:'(?:[^'\\]|\\.)*'))""")


def enum_classes(package: Path) -> set[str]:
    """Names of the enum classes the generator wrote (`models/*.py`)."""
    return {name for path in sorted((package / "models").glob("*.py"))
            for name in _ENUM_CLASS.findall(path.read_text(encoding="utf-8"))}


def _call(names: set[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?<!class )({alternatives})\(")


def open_models(text: str, names: set[str], dots: str) -> str:
    """`text` (a generated module) with every parse by an enum class in `names` made open; `dots` is the relative
    import prefix of the package root (`..` in `models/`, `...` in `api/<tag>/`)."""
    if not names:
        return text
    call = _call(names)
    out: list[str] = []
    owner = "value"
    key = ""
    changed = False
    for line in text.splitlines(keepends=True):
        found = _CLASS.match(line)
        if found:
            owner, key = found.group(1), ""
        popped = _POP.search(line)
        if popped:
            key = str(literal(popped.group(1)))  # the wire name the field is read from
        if call.search(line):
            target = _TARGET.match(line)
            label = python_string(f"{owner}.{key or (target.group(1) if target else 'value')}")
            line = re.sub(r", (\r?\n)$", r",\1", call.sub(rf"open_enum({_escape(label)}, \1, ", line))
            changed = True
        out.append(line)
    new = "".join(out)
    if not changed:
        return text
    anchor = "\nfrom " + dots
    index = new.find(anchor)
    imp = ENUMS_IMPORT.format(dots=dots)
    return new[:index + 1] + imp + new[index + 1:] if index >= 0 else imp + new


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\")


def strict_parses(package: Path) -> list[str]:
    """`file:line` of every call of a generated enum class left in the package (a strict parse)."""
    names = enum_classes(package)
    if not names:
        return []
    call = _call(names)
    return [f"{path.relative_to(package)}:{number}" for folder in ("models", "api")
            for path in sorted((package / folder).rglob("*.py"))
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if call.search(line)]
