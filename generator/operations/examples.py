"""What a page's example code blocks are for: request or response, which status, and the JSON type of every key
(the type of a row whose table has no Type column)."""

from __future__ import annotations

import re
from typing import Literal

from generator.model import RawBlock

__all__ = ["block_target", "collect_types", "example_status"]


def _json_type(value: object) -> str | None:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    return None


def collect_types(value: object, out: dict[str, str]) -> None:
    """Every key of a documented example with the JSON type of its first non-null value."""
    if isinstance(value, dict):
        for k, v in value.items():
            t = _json_type(v)
            if t is not None:
                out.setdefault(str(k), t)
            collect_types(v, out)
    elif isinstance(value, list):
        for v in value:
            collect_types(v, out)


def block_target(block: RawBlock) -> Literal["request", "response", "none"]:
    ctx = f"{block.section_title} {block.context}".lower()
    if block.section == "request-example":
        return "request"
    if block.section == "response-example":
        return "response"
    if block.section in ("request", "request-syntax", "uri"):
        return "request" if "respon" not in ctx else "response"
    if block.section == "response":
        return "response"
    if block.section == "example":
        if "respon" in ctx:
            return "response"
        if "request" in ctx:
            return "request"
    return "none"


_ERRORISH = re.compile(r"\b(abnormal|fail(ed|ure)?|error|exception|unsuccessful)\b", re.IGNORECASE)
_STATUS_IN_TEXT = re.compile(r"\b([1-5]\d\d)\b")


def example_status(block: RawBlock, sniffed_status: str | None) -> str | None:
    if sniffed_status:
        return sniffed_status
    if block.status and block.status != "error":
        return block.status
    if block.status == "error" or _ERRORISH.search(block.context):
        m = _STATUS_IN_TEXT.search(block.context)
        return m.group(1) if m else "error"
    m = re.search(r"status code[:\s]*([1-5]\d\d)", block.context, re.IGNORECASE)
    return m.group(1) if m else None
