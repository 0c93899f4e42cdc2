"""Readable, deterministic names: operationIds from page titles, component names from fields."""

from __future__ import annotations

import re

__all__ = ["operation_id", "pascal", "verb_base"]

_STOP = {"a", "an", "the"}
# gerund stems that need their final e back ("restor" -> "restore")
_E_ENDINGS = ("at", "ur", "ang", "ov", "iz", "bl", "ag", "ac", "as", "rg", "am", "ut", "ud", "ib", "av", "ir",
              "id", "uc", "ys", "ok", "et", "or", "ndl", "pl", "cal", "ienc", "anc", "ens", "ers", "ris", "ap",
              "ul", "ot", "uid", "iv", "rc", "lv", "ak", "ab", "ob", "op")
_KEEP_AS_IS = {"bring", "string", "ring", "sing", "swing", "thing", "ping", "king", "spring", "config", "settings",
               "missing", "pending", "existing", "during", "nothing", "everything", "billing", "accounting",
               "networking", "peering"}
_DOUBLE = re.compile(r"([bdgmnprt])\1$")
_KEEP_DOUBLE = {"add", "odd", "egg", "inn", "err", "purr", "butt"}
_NO_E = {"list", "query", "obtain", "add", "reset", "set", "get", "start", "stop", "export", "import", "attach",
         "detach", "expand", "extend", "modify", "view", "check", "lock", "unlock", "unbind", "bind", "switch",
         "restart", "reboot", "upgrad", "cancel", "apply", "copy", "delet", "specify", "verify", "install",
         "uninstall", "mount", "unmount", "assign", "unassign", "display", "edit", "filter", "grant", "revoke",
         "insert", "select", "submit", "open", "reinstall", "reload", "load", "download", "upload", "sort", "test",
         "request", "record", "report", "fetch", "search", "perform", "transform", "rollback", "roll", "accept",
         "reject", "batch", "hibernat", "collect", "convert", "detect", "deploy", "block", "unblock", "follow",
         "rebuild", "build", "lift", "print", "flush", "push", "pull", "show", "invok", "pick",
         "connect", "disconnect", "associat", "disassociat", "authoriz", "renew", "resiz", "restor", "shrink",
         "sign", "tag", "untag", "pair", "repair", "clear", "clean", "refresh", "mark", "ask", "allow", "fail"}
_FIX = {"delet": "delete", "upgrad": "upgrade", "hibernat": "hibernate", "invok": "invoke", "associat": "associate",
        "disassociat": "disassociate", "authoriz": "authorize", "resiz": "resize", "restor": "restore",
        "us": "use", "sav": "save", "rout": "route", "shar": "share",
        "trac": "trace", "pric": "price", "schedul": "schedule"}


def verb_base(word: str) -> str:
    """`Restoring` -> `restore`, `Querying` -> `query`, `Resetting` -> `reset`; other words unchanged."""
    w = word.lower()
    if not w.endswith("ing") or len(w) <= 4 or w in _KEEP_AS_IS:
        return w
    stem = w[:-3]
    if stem in _FIX:
        return _FIX[stem]
    if stem in _NO_E:
        return stem
    if _DOUBLE.search(stem) and stem not in _KEEP_DOUBLE:
        return stem[:-1]
    if stem.endswith(_E_ENDINGS) and not stem.endswith(("ain", "ect", "ist", "ort")):
        return stem + "e"
    return stem


def _words(text: str) -> list[str]:
    text = re.sub(r"\(.*?\)", " ", text)  # "(Discarded)", "(Native OpenStack API)"
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text)
    return [w for w in re.split(r"[^A-Za-z0-9]+", text) if w]


def operation_id(title: str) -> str:
    """snake_case operationId from a page title: gerund first word to its verb, articles dropped."""
    words = _words(title)
    if not words:
        return "operation"
    out = [verb_base(words[0])] + [w.lower() for w in words[1:] if w.lower() not in _STOP]
    ident = "_".join(out)
    if ident[0].isdigit():
        ident = "op_" + ident
    return ident


def pascal(text: str) -> str:
    """`restore_point` -> `RestorePoint`; `alpha.cce/fixPoolMask` -> `AlphaCceFixPoolMask`."""
    words = re.split(r"[^A-Za-z0-9]+", re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text))
    name = "".join(w[:1].upper() + w[1:].lower() if not w.isupper() or len(w) <= 1 else w[:1] + w[1:].lower()
                   for w in words if w)
    if not name:
        return "Schema"
    if name[0].isdigit():
        name = "S" + name
    return name
