"""Find METHOD + path templates in the plain text of paragraphs, literal blocks and table cells.

Pure functions on strings; the reader hands over `node.astext()` and gets back `UriMatch` values.
The styles handled (measured on the corpus, see CORPUS.md "Where METHOD and path are written"):

- `POST /api/v3/projects/{project_id}/clusters` (a paragraph, a code-block line, a table cell)
- `POST https://{Endpoint}/v3/{project_id}/backups` and other host forms, which are stripped
- `GET/{api_version}` (no space after the method)
- `DELETE /?policy HTTP/1.1` raw request lines (the `HTTP/1.x` tail is dropped; header lines ignored); a query key
  written with no value (`?policy`, `&rename`) is a sub-resource, part of the operation's address (S3 style)
- a bullet or a short label before the method: `-  POST /x`, `URI format: GET /x`, `Usage: DELETE /x`
- split paragraphs `PATH: /rds/v1/{project_id}/backups` + `Method: POST` (`find_split_uri`)

A method counts only at the start of a line (after an optional bullet and label) and only when a
path (`/`), a host (`scheme://`, a dotted host name, an endpoint placeholder) or a `{placeholder}`
follows it, so prose such as "The POST request ..." or a table of method names yields nothing.

The path must be a template (`/literal/{name}`, OpenAPI's RFC 6570 level 1). Three slips are repaired, each
named in `UriMatch.repairs`: an invisible character (zero-width, bidi mark, control character) is removed, a
placeholder missing one brace before `/` or the end (`/{project_id/x`, `/project_id}/x`) gets it back, and a
trailing backslash is dropped. Anything else that leaves a brace unmatched, an empty `{}`, or a character no
path may hold (a quote, `<>\\^`|`) is a `UriMatch.problem`: the match is kept so the reader can report it
(`template_diagnostics`), but it makes no operation: a client would send those characters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from generator.diagnostics import CODES, Diagnostic, Loc

__all__ = ["METHODS", "UriMatch", "find_split_uri", "find_uris", "instantiates", "normalise_path",
           "path_placeholders", "template_diagnostics"]

METHODS: tuple[str, ...] = ("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")


@dataclass(frozen=True)
class UriMatch:
    """One operation: upper-case method, path template (no host, no query), query keys, matched text."""

    method: str
    path: str
    query: tuple[str, ...]
    raw: str
    subresources: tuple[str, ...] = ()  # query keys written with no value: `?acl`, `&rename`
    http: bool = False  # a raw HTTP request line (`... HTTP/1.1`)
    repairs: tuple[str, ...] = ()  # what was repaired to make the path a template
    problem: str = ""  # why the path is no template (then it makes no operation); "" when it is one


# --- line prefix: bullet, then an optional short label ending in a colon ("URI format:", "URI:", "Usage:")
_BULLET = r"(?:[-*+•▪◦–]|\d{1,2}[.)]|[a-z][.)])\s+"
_LABEL = r"[A-Za-z][\w()/-]*(?:[ \t]+[\w()/-]+){0,4}[ \t]*[:：][ \t]*"
_METHOD = r"(?P<method>" + "|".join(METHODS) + r")(?![\w-])"
# what may follow the method: a path, a scheme, a {placeholder}, a dotted host followed by / ? or :port
_TARGET_START = (
    r"(?=[`'\"]?(?:"
    r"/"
    r"|[A-Za-z][A-Za-z0-9+.-]*://"
    r"|\{+\*?[A-Za-z_]"
    r"|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::\d+)?[/?]"
    r"))"
)
_LINE_RE = re.compile(
    r"^[ \t]*(?:" + _BULLET + r")?(?:" + _LABEL + r")?[*`]{0,2}" + _METHOD + r"[ \t]*" + _TARGET_START
)
_HTTP_TAIL_RE = re.compile(r"[ \t]+HTTP/\d(?:\.\d)?[ \t]*$")
_ESCAPE_RE = re.compile(r"\\([^A-Za-z0-9\s])")

# --- host forms
_SCHEME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_HOST_PART = r"(?:\{+[^{}/?]*\}+|[A-Za-z0-9-]+)"
_HOST_RE = re.compile(r"^" + _HOST_PART + r"(?:\." + _HOST_PART + r")*(?::(?:\d+|\{+[^{}/?]*\}+))?$")
_PLACEHOLDER_RE = re.compile(r"\{+\s*\*?\s*([^{}]*?)\s*\*?\s*\}+")
_HOSTISH_NAME_RE = re.compile(r"endpoint|host|domain", re.IGNORECASE)
_ID_SUFFIX_RE = re.compile(r"id$", re.IGNORECASE)
_TLD_RE = re.compile(r"^[A-Za-z]{2,}$")
_IPV4_RE = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?$")

# --- split style
_SPLIT_PATH_RE = re.compile(
    r"^[ \t]*(?:" + _BULLET + r")?(?:request[ \t]+)?(?:uri|url|path)(?:[ \t]+(?:format|template))?[ \t]*[:：][ \t]*"
    r"(?P<value>\S.*)$",
    re.IGNORECASE,
)
_SPLIT_METHOD_RE = re.compile(
    r"^[ \t]*(?:" + _BULLET + r")?(?:(?:http|request)[ \t]+)?method[ \t]*[:：][ \t]*[*`]{0,2}"
    r"(?P<method>" + "|".join(METHODS) + r")(?![\w-])[*`]{0,2}[ \t]*[.;]?[ \t]*$",
    re.IGNORECASE,
)
_STARTS_WITH_METHOD_RE = re.compile(r"^[*`]{0,2}(?:" + "|".join(METHODS) + r")(?![\w-])")
_PATH_VALUE_START_RE = re.compile(_TARGET_START)

# --- query
_RFC6570_QUERY_RE = re.compile(r"\{[?&]([^{}]*)\}")
_QUERY_KEY_RE = re.compile(r"^[\w.:\-]+$")

_TRAILING_PUNCT = ".,;:!\"'`*"

# --- path templates
_NAME = r"[A-Za-z_][\w.\-]*"
_UNCLOSED_RE = re.compile(r"\{(" + _NAME + r")(?=/|$)")
_UNOPENED_RE = re.compile(r"(?<=/)(" + _NAME + r")\}(?=/|$)")
# RFC 6570 literals: no space, quote, `<>\^`|` or braces (controls are removed as invisible characters first)
_NOT_IN_PATH = re.compile(r"[\"'<>\\^`|]")
_TEMPLATE_RE = re.compile(r"/(?:[^{}\"'<>\\^`|]|\{[^{}/]+\})*")


def _unescape(text: str) -> str:
    """Drop RST backslash escapes (`\\_` -> `_`) that survive in literal text."""
    return _ESCAPE_RE.sub(r"\1", text)


def _matching_brace(text: str, start: int) -> int:
    """Index of the `}` closing the `{` run at `start` on the same line, or -1."""
    depth = 0
    for i in range(start, len(text)):
        ch = text[i]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i
        elif ch == "\n":
            return -1
    return -1


_JOIN_AFTER = "/{=&?,"
_JOIN_CHARS = set("/{}?&=")


def _take_uri(rest: str) -> tuple[str, int]:
    """Read the URI token at the start of `rest`; return (token without noise spaces, chars consumed).

    Spaces inside `{...}` are dropped (`{begin _time}`). Outside braces a space is dropped when the
    token so far ends in one of `/{=&?,` or the next word starts with `{`, `/`, `?` or `&` and the next
    word looks like more of the URI; otherwise the token ends (trailing prose, `-H` curl flags).
    """
    out: list[str] = []
    i = 0
    n = len(rest)
    while i < n:
        ch = rest[i]
        if ch == "{":
            close = _matching_brace(rest, i)
            if close >= 0:
                out.append(re.sub(r"\s+", "", rest[i : close + 1]))
                i = close + 1
                continue
            out.append(ch)
            i += 1
            continue
        if ch.isspace():
            j = i
            while j < n and rest[j] in " \t":
                j += 1
            if j >= n or rest[j] == "\n" or not out:
                break
            nxt_word = re.match(r"\S+", rest[j:])
            word = nxt_word.group(0) if nxt_word else ""
            if word.startswith("//"):
                break
            prev = out[-1][-1]
            continues = word[:1] in ("{", "/", "?", "&") or (prev in _JOIN_AFTER and bool(_JOIN_CHARS & set(word)))
            if not continues:
                break
            i = j
            continue
        out.append(ch)
        i += 1
    return "".join(out), i


def _strip_trailing(token: str) -> str:
    """Remove trailing punctuation and unbalanced closing brackets that belong to the sentence."""
    while token:
        last = token[-1]
        if last in _TRAILING_PUNCT:
            token = token[:-1]
        elif last == ")" and token.count("(") < token.count(")"):
            token = token[:-1]
        elif last == "]" and token.count("[") < token.count("]"):
            token = token[:-1]
        else:
            break
    return token


def _is_host_segment(segment: str) -> tuple[bool, bool]:
    """(is a host, is a concrete host) for the text before the first `/` of a scheme-less target."""
    if not segment or not _HOST_RE.match(segment):
        return False, False
    hostname = re.sub(r":(?:\d+|\{+[^{}]*\}+)$", "", segment)
    parts = hostname.split(".")
    if len(parts) == 1:
        ph = _PLACEHOLDER_RE.fullmatch(hostname)
        if ph is None:
            return False, False
        name = ph.group(1)
        hostish = bool(_HOSTISH_NAME_RE.search(name)) and not _ID_SUFFIX_RE.search(name)
        return hostish, False
    if _IPV4_RE.match(segment):
        return True, True
    last = parts[-1]
    if _PLACEHOLDER_RE.fullmatch(last) or _TLD_RE.match(last):
        return True, "{" not in hostname
    return False, False


def _split_host(target: str) -> tuple[str, bool]:
    """Strip a host from the target. Returns (path-and-query, host was concrete)."""
    scheme = _SCHEME_RE.match(target)
    if scheme:
        rest = target[scheme.end() :]
        cut = re.search(r"[/?]", rest)
        host = rest if cut is None else rest[: cut.start()]
        remainder = "" if cut is None else rest[cut.start() :]
        return remainder, bool(host) and "{" not in host
    cut = re.search(r"/|\?|\{[?&]", target)
    segment = target if cut is None else target[: cut.start()]
    is_host, concrete = _is_host_segment(segment)
    if is_host:
        return ("" if cut is None else target[cut.start() :]), concrete
    return target, False


def _clean_placeholders(path: str) -> str:
    """`{*id*}` -> `{id}`, `{ id }` -> `{id}`; `{{x}}` is left for the host check only."""
    return _PLACEHOLDER_RE.sub(lambda m: "{" + m.group(1).replace("*", "").strip() + "}", path)


def _query_keys(query: str) -> tuple[str, ...]:
    """Keys of a query template: `?a={a}&b={b}`, `?a&b`, `?{a}`, `{?a,b}`, `[?a={a}]`."""
    keys: list[str] = []

    def add(raw_key: str) -> None:
        key = raw_key.strip().strip("[]").strip()
        ph = _PLACEHOLDER_RE.fullmatch(key)
        if ph:
            key = ph.group(1)
        key = key.replace("*", "").strip()
        if key and _QUERY_KEY_RE.match(key) and key not in keys:
            keys.append(key)

    def rfc(match: re.Match[str]) -> str:
        for part in match.group(1).split(","):
            add(part)
        return "&"

    rest = _RFC6570_QUERY_RE.sub(rfc, query)
    rest = rest.replace("[", "").replace("]", "")
    for part in re.split(r"[?&]", rest):
        if part.strip():
            add(part.split("=", 1)[0])
    return tuple(keys)


def _bare_keys(query: str) -> tuple[str, ...]:
    """Keys of a plain `?a&b=c` query written with no value at all (`a`): sub-resources, not parameters. Keys in
    braces (`{?a}`, `?{a}`) or brackets (`[?a]`, optional) are parameters."""
    if not query.startswith("?") or re.search(r"[{}\[\]]", query):
        return ()
    keys: list[str] = []
    for part in query[1:].split("&"):
        key = part.strip()
        if key and "=" not in key and _QUERY_KEY_RE.match(key) and key not in keys:
            keys.append(key)
    return tuple(keys)


def _split_query(target: str) -> tuple[str, str]:
    """(path, query text) at the first `?`, `[?`, `{?` or `{&`."""
    m = re.search(r"\[?\?|\{[?&]|\[&", target)
    if m is None:
        return target, ""
    return target[: m.start()], target[m.start() :]


def _clean_path(path: str) -> str:
    path = _clean_placeholders(path)
    path = path.rstrip("[")
    if not path.startswith("/"):
        path = "/" + path
    path = re.sub(r"/{2,}", "/", path)
    return path


def _check_template(path: str) -> tuple[str, tuple[str, ...], str]:
    """(path, repairs, problem): invisible characters removed, a placeholder missing one brace completed; the
    problem that keeps the path from being a template, "" when there is none."""
    repairs: list[str] = []
    invisible = sorted({c for c in path if unicodedata.category(c) in ("Cc", "Cf")})
    if invisible:
        path = "".join(c for c in path if c not in invisible)
        repairs.append("invisible character(s) " + ", ".join(f"U+{ord(c):04X}" for c in invisible) + " removed")
    for pattern, missing in ((_UNCLOSED_RE, "}"), (_UNOPENED_RE, "{")):
        names = pattern.findall(path)
        if names:
            path = pattern.sub(r"{\1}", path)
            repairs.extend(f"`{{{name}}}` was missing its `{missing}`" for name in names)
    if path.endswith("\\"):
        path = path.rstrip("\\") or "/"
        repairs.append("a trailing `\\` removed")
    if _TEMPLATE_RE.fullmatch(path):
        return path, tuple(repairs), ""
    if re.search(r"\{\s*\}", path):
        return path, tuple(repairs), "an empty placeholder `{}`"
    if bad := sorted(set(_NOT_IN_PATH.findall(path))):
        return path, tuple(repairs), "a character no path may hold (" + " ".join(f"`{c}`" for c in bad) + ")"
    return path, tuple(repairs), "a `{` or `}` that matches no other brace"


class _Target(NamedTuple):
    path: str
    query: tuple[str, ...]  # query keys
    concrete: bool  # a concrete host and no placeholder
    subresources: tuple[str, ...]  # query keys with no value
    repairs: tuple[str, ...]  # what was repaired to make the path a template
    problem: str  # why the path is no template, "" when it is one


def _parse_target(target: str) -> _Target | None:
    """A URI token read, or None if it is not a URI."""
    target = target.strip("`'\"")
    target = _strip_trailing(target)
    if not target:
        return None
    rest, concrete_host = _split_host(target)
    path, query = _split_query(rest)
    path = _strip_trailing(path) if not query else path
    path = _clean_path(path)
    if re.search(r"\s", path):
        return None
    path, repairs, problem = _check_template(path)
    keys = _query_keys(query)
    concrete = concrete_host and "{" not in path and "{" not in query
    return _Target(path, keys, concrete, _bare_keys(query), repairs, problem)


def _match_line(line: str, allow_concrete: bool) -> UriMatch | None:
    m = _LINE_RE.match(line)
    if m is None:
        return None
    start = m.end()
    rest = _HTTP_TAIL_RE.sub("", line[start:])
    token, used = _take_uri(rest)
    removed = token[len(_strip_trailing(token)) :]
    end = start + used
    if ":" in removed and line[end:].strip():
        return None  # "GET /v3/xxx/volumes?limit=50: Queries the 1-50 disks." is a sentence
    parsed = _parse_target(token)
    if parsed is None:
        return None
    path, query, concrete, bare, repairs, problem = parsed
    if concrete and not allow_concrete:
        return None
    end -= len(removed)
    tail = _HTTP_TAIL_RE.search(line)
    http = False
    if tail is not None and tail.start() >= end and not line[end : tail.start()].strip():
        end = len(line.rstrip())
        http = True
    raw = line[m.start("method") : end].rstrip()
    return UriMatch(method=m.group("method"), path=path, query=query, raw=raw, subresources=bare, http=http,
                    repairs=repairs, problem=problem)


def _lines(text: str) -> Iterable[str]:
    for line in _unescape(text).replace("\xa0", " ").replace("\u3000", " ").splitlines():
        if line.strip():
            yield line


def find_uris(text: str, allow_concrete: bool = True) -> list[UriMatch]:
    """Every METHOD+path stated in a paragraph, literal block or table cell text, in text order.

    At most one match per line. With `allow_concrete=False`, request lines that carry a full concrete
    host and no placeholder at all (example URLs) are dropped.
    """
    found: list[UriMatch] = []
    for line in _lines(text):
        match = _match_line(line, allow_concrete)
        if match is not None:
            found.append(match)
    return found


def find_split_uri(texts: Sequence[str]) -> list[UriMatch]:
    """`PATH: /x` + `Method: POST` given as consecutive paragraph texts of a URI section.

    The two may come in either order with other paragraphs between. Several pairs are matched in
    order (the n-th path with the n-th method); one method with several paths applies to each path.
    A `URI:` line that already holds a method is left to `find_uris`.
    """
    paths: list[tuple[str, str, tuple[str, ...], tuple[str, ...], str]] = []
    methods: list[tuple[str, str]] = []
    for text in texts:
        for line in _lines(text):
            mm = _SPLIT_METHOD_RE.match(line)
            if mm:
                methods.append((mm.group("method").upper(), line.strip()))
                continue
            pm = _SPLIT_PATH_RE.match(line)
            if pm is None:
                continue
            value = pm.group("value").strip()
            if _STARTS_WITH_METHOD_RE.match(value) or not _PATH_VALUE_START_RE.match(value):
                continue
            token, _used = _take_uri(_HTTP_TAIL_RE.sub("", value))
            parsed = _parse_target(token)
            if parsed is None:
                continue
            paths.append((parsed.path, line.strip(), parsed.query, parsed.repairs, parsed.problem))
    if not paths or not methods:
        return []
    if len(methods) == 1:
        pairs = [(methods[0], p) for p in paths]
    elif len(paths) == 1:
        pairs = [(m, paths[0]) for m in methods]
    else:
        pairs = list(zip(methods, paths, strict=False))
    return [
        UriMatch(method=method, path=path, query=query, raw=f"{p_raw}\n{m_raw}", repairs=repairs, problem=problem)
        for (method, m_raw), (path, p_raw, query, repairs, problem) in pairs
    ]


def template_diagnostics(match: UriMatch, loc: Loc) -> list[Diagnostic]:
    """What the reader reports about a match's path: a repaired template, or one that makes no operation."""
    raw = match.raw.replace("\n", " ")[:200]
    if match.problem:
        code = "path-template-invalid"
        message = f"`{raw}`: the path has {match.problem}; no operation is made of it"
    elif match.repairs:
        code = "path-template-repaired"
        message = f"`{raw}` read as {match.method} {match.path}: {'; '.join(match.repairs)}"
    else:
        return []
    return [Diagnostic(loc, code, CODES[code][0], message)]


def normalise_path(path: str) -> str:
    """A key for the same endpoint across pages: `{placeholder}` -> `{}`, no trailing slash, no `//`.

    A query part (`?a={a}`, `{?a}`), if one was left on the path, is dropped too.
    """
    key, _query = _split_query(path.strip())
    key = _PLACEHOLDER_RE.sub("{}", key)
    key = re.sub(r"/{2,}", "/", key)
    if len(key) > 1:
        key = key.rstrip("/")
    if not key.startswith("/"):
        key = "/" + key
    return key


def path_placeholders(path: str) -> tuple[str, ...]:
    """Placeholder names in a path template, in order (`/v3/{project_id}/x/{id}` -> project_id, id)."""
    return tuple(m.group(1).replace("*", "").strip() for m in _PLACEHOLDER_RE.finditer(path))


def _segment_pattern(segment: str) -> re.Pattern[str]:
    """A template segment as a regex: each `{placeholder}` captures a non-empty concrete value."""
    parts = _PLACEHOLDER_RE.split(segment)
    # split with one group: literal, name, literal, name, ..., literal
    rx = "".join(re.escape(part) if i % 2 == 0 else r"([^/{}]+)" for i, part in enumerate(parts))
    return re.compile(rx)


def instantiates(concrete: str, template: str) -> bool:
    """True when `concrete` is `template` with a value in place of every placeholder: the same segments, each
    literal segment equal, each placeholder matched by a concrete value, and at least one value an ID or a version
    (it holds a digit): `/v3/0483b6b1.../instances` instantiates `/v3/{project_id}/instances`, `/V1.0` instantiates
    `/{api_version}`. `concrete` must hold no placeholder and `template` at least one, so two templates never
    instantiate each other; and `/servers/detail` is a sibling endpoint of `/servers/{id}`, not its example."""
    if "{" in concrete or not path_placeholders(template):
        return False
    have = normalise_path(concrete).strip("/").split("/")
    want = _clean_placeholders(_split_query(template.strip())[0]).strip("/").split("/")
    if len(have) != len(want):
        return False
    values: list[str] = []
    for h, w in zip(have, want, strict=True):
        m = _segment_pattern(w).fullmatch(h)
        if m is None:
            return False
        values.extend(m.groups())
    return any(any(ch.isdigit() for ch in v) for v in values)
