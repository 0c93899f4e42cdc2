"""The only module that writes files: the spec as YAML or JSON, the report as JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

__all__ = ["dump_spec", "write_report", "write_spec"]


# libyaml's emitter when PyYAML was built with it (the wheels are), else the pure-Python one: same output.
_Base: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_Base):  # type: ignore[valid-type,misc]
    """Safe YAML with no anchors/aliases, so identical examples are written out in full."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str_representer(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    style = "|" if "\n" in data and all(ch.isprintable() or ch == "\n" for ch in data) and not any(
        line != line.rstrip() for line in data.split("\n")) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _str_representer)


def dump_spec(spec: dict[str, Any], fmt: str = "yaml") -> str:
    if fmt == "json":
        return json.dumps(spec, indent=2, ensure_ascii=False) + "\n"
    text = yaml.dump(spec, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120, default_flow_style=False)
    assert isinstance(text, str)
    return text


def write_spec(spec: dict[str, Any], path: Path) -> None:
    fmt = "json" if path.suffix == ".json" else "yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dump_spec(spec, fmt), encoding="utf-8")


def write_report(report: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=2, ensure_ascii=False, sort_keys=False) + "\n", encoding="utf-8")
