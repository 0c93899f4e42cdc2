"""The generated client's reprs without secrets: post-processing of the model modules and of `client.py`."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from generator.openapi.secrets import is_secret_field

__all__ = ["client_repr", "hide_secret", "redact_additional", "ruff_command", "sort_imports"]


def hide_secret(match: re.Match[str], secret_attributes: set[str]) -> str:
    """A secret attribute (by its schema, else by its name) is left out of the model's repr."""
    line, name, annotation, unset = match.group(1), match.group(2), match.group(3), match.group(4)
    secret = name in secret_attributes or is_secret_field(name)
    if not secret or name == "additional_properties" or "(" in annotation:
        return match.group(0)
    if unset:
        return f"    {name}: {annotation} = _attrs_field(default=UNSET, repr=False)"
    return f"{line} = _attrs_field(repr=False)"


_ADDITIONAL = re.compile(
    r"(?m)^(    additional_properties: dict\[str, [^\n]+\] = \(?\s*_attrs_field\(\s*init=False, factory=dict)")


def redact_additional(text: str) -> str:
    """The fields no table declares (`additional_properties`, of any value type) show in the repr with secret-named
    values as `***`."""
    if len(_ADDITIONAL.findall(text)) != 1:
        return text
    text = _ADDITIONAL.sub(r"\1, repr=redacted_repr", text)
    anchor = "\nfrom attrs import field as _attrs_field\n"  # ruff puts the import in place (`sort_imports`)
    return text.replace(anchor, anchor + "from .._secrets import redacted_repr\n", 1)


def ruff_command() -> list[str]:
    """The ruff executable of the installed `ruff` package, the one `python -m ruff` runs, started without a Python in
    front of it (about 27 ms less per run, and a generation runs it two or three times); `python -m ruff` where the
    package does not say where its executable is."""
    try:
        from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

        return [os.fsdecode(find_ruff_bin())]
    except (ImportError, FileNotFoundError):
        return [sys.executable, "-m", "ruff"]


def sort_imports(package: Path, project: Path) -> None:
    """The imports post-processing added, sorted as the generator's own ruff hook sorts them (only `I` rules)."""
    subprocess.run([*ruff_command(), "check", "--no-cache", "--fix", "--select", "I", "-q",
                    str(package.relative_to(project))], cwd=project, capture_output=True, text=True, check=False)


_CLIENT_PRIVATE = ("_cookies", "_headers", "_httpx_args", "_client", "_async_client")


def client_repr(text: str) -> str | None:
    """`Client`/`AuthenticatedClient` reprs without the token, headers (which hold it after the first request),
    cookies and httpx objects; None when the generated file is not as expected."""
    for name in _CLIENT_PRIVATE:
        pattern = re.compile(rf"(?m)^(    {name}: [^=\n]+ = field\()")
        if len(pattern.findall(text)) != 2:
            return None
        text = pattern.sub(r"\1repr=False, ", text)
    if text.count("\n    token: str\n") != 1:
        return None
    return text.replace("\n    token: str\n", "\n    token: str = field(repr=False)\n")
