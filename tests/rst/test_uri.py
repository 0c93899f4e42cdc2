"""Tests for generator.rst.uri: METHOD + path templates in paragraph, code block and table cell text."""

from __future__ import annotations

import dataclasses

import pytest

from generator.diagnostics import Loc
from generator.rst.uri import (
    UriMatch,
    find_split_uri,
    find_uris,
    instantiates,
    normalise_path,
    path_placeholders,
    template_diagnostics,
)

# (text, method, path, query) - exactly one match expected
ONE_MATCH: list[tuple[str, str, str, tuple[str, ...]]] = [
    # --- styles
    ("POST /api/v3/projects/{project_id}/clusters", "POST", "/api/v3/projects/{project_id}/clusters", ()),
    ("POST https://{Endpoint}/v3/{project_id}/backups", "POST", "/v3/{project_id}/backups", ()),
    ("GET/{api_version}", "GET", "/{api_version}", ()),
    ("GET /", "GET", "/", ()),
    ("DELETE /?policy HTTP/1.1\nHost: bucketname.obs.example.com\nDate: date", "DELETE", "/", ("policy",)),
    (
        "PUT /ObjectName?partNumber=PartNumber&uploadId=UploadID HTTP/1.1\nHost: bucketname.obs.example.com",
        "PUT",
        "/ObjectName",
        ("partNumber", "uploadId"),
    ),
    ("GET / HTTP/1.1\nHost: obs.example.com", "GET", "/", ()),
    (
        'POST https://{endpoint}/v1/{project_id}/cloudservers/action\n\n{\n    "os-start": {}\n}',
        "POST",
        "/v1/{project_id}/cloudservers/action",
        (),
    ),
    ("-  POST /v2/{project_id}/servers", "POST", "/v2/{project_id}/servers", ()),
    ("* GET /v2/{project_id}/servers", "GET", "/v2/{project_id}/servers", ()),
    ("1. GET /v2/{project_id}/servers", "GET", "/v2/{project_id}/servers", ()),
    (
        "URI format\n\nPUT https://{Endpoint}/v3/{project_id}/instances/{instance_id}/flavor",
        "PUT",
        "/v3/{project_id}/instances/{instance_id}/flavor",
        (),
    ),
    ("URI format: GET /v3/{project_id}/instances", "GET", "/v3/{project_id}/instances", ()),
    ("URI: DELETE /v3/{project_id}/instances/{instance_id}", "DELETE", "/v3/{project_id}/instances/{instance_id}", ()),
    (
        "Usage: DELETE /v2/{project_id}/servers/{server_id}/os-volume_attachments/{volume_id}",
        "DELETE",
        "/v2/{project_id}/servers/{server_id}/os-volume_attachments/{volume_id}",
        (),
    ),
    (
        "   PUT  https://{endpoint}/v1/{project_id}/cloudservers/{server_id}",
        "PUT",
        "/v1/{project_id}/cloudservers/{server_id}",
        (),
    ),
    (
        "GET v3.0/OS-SECURITYPOLICY/domains/{domain_id}/protect-policy",
        "GET",
        "/v3.0/OS-SECURITYPOLICY/domains/{domain_id}/protect-policy",
        (),
    ),
    (
        "HEAD /v3/projects/{project_id}/users/{user_id}/roles/{role_id}",
        "HEAD",
        "/v3/projects/{project_id}/users/{user_id}/roles/{role_id}",
        (),
    ),
    ("PATCH /v3.0/OS-ROLE/roles/{role_id}", "PATCH", "/v3.0/OS-ROLE/roles/{role_id}", ()),
    ("OPTIONS /{ObjectName} HTTP/1.1", "OPTIONS", "/{ObjectName}", ()),
    ("**POST /v3/auth/tokens**", "POST", "/v3/auth/tokens", ()),
    ("`GET /v3/auth/tokens`", "GET", "/v3/auth/tokens", ()),
    ('POST /v2/charts -H "X-Auth-Token:$token" -F content=@/root/a.tgz', "POST", "/v2/charts", ()),
    # --- host forms
    ("GET https://{Endpoint}/v3/{project_id}/x", "GET", "/v3/{project_id}/x", ()),
    ("GET http://ecs.example.com/v2/{project_id}/servers", "GET", "/v2/{project_id}/servers", ()),
    ("GET {endpoint}/v2/{project_id}/servers", "GET", "/v2/{project_id}/servers", ()),
    ("GET {Endpoint}/v2/{project_id}/servers", "GET", "/v2/{project_id}/servers", ()),
    ("POST https://{{Endpoint}}/v3/auth/projects", "POST", "/v3/auth/projects", ()),
    ("POST {{Endpoint}}/v3/auth/projects", "POST", "/v3/auth/projects", ()),
    ("GET https://{dcs_endpoint}/v1.0/{project_id}/instances", "GET", "/v1.0/{project_id}/instances", ()),
    ("GET {dcs_endpoint}/v1.0/{project_id}/instances", "GET", "/v1.0/{project_id}/instances", ()),
    ("POST {ELB_Endpoint}/v2.0/lbaas/loadbalancers", "POST", "/v2.0/lbaas/loadbalancers", ()),
    ("GET {IAM_Endpoint}/v3/auth/projects", "GET", "/v3/auth/projects", ()),
    ("GET {iam_host}/v3/auth/projects", "GET", "/v3/auth/projects", ()),
    ("GET {Endpoint}:{port}/v1/{project_id}/x", "GET", "/v1/{project_id}/x", ()),
    ("GET https://{*Endpoint*}/v3/{*project_id*}/instances", "GET", "/v3/{project_id}/instances", ()),
    (
        "PUT https://iam.eu-de.otc.t-systems.com/v3.0/OS-ROLE/roles/{role_id}",
        "PUT",
        "/v3.0/OS-ROLE/roles/{role_id}",
        (),
    ),
    ("PUT ecs.eu-de.otc.t-systems.com/v2/{project_id}/servers", "PUT", "/v2/{project_id}/servers", ()),
    ("GET https://sample.domain.com/v3.0/OS-CREDENTIAL/credentials", "GET", "/v3.0/OS-CREDENTIAL/credentials", ()),
    ("GET sample.domain.com/v3.0/OS-CREDENTIAL/credentials", "GET", "/v3.0/OS-CREDENTIAL/credentials", ()),
    ("GET iam.example.com:443/v3/auth/projects", "GET", "/v3/auth/projects", ()),
    ("GET https://iam.example.com:443/v3/auth/projects", "GET", "/v3/auth/projects", ()),
    ("GET http://192.168.0.1:8080/v1/{project_id}/x", "GET", "/v1/{project_id}/x", ()),
    ("GET https://{bucket}.obs.example.com/{object}", "GET", "/{object}", ()),
    ("GET https://{Endpoint}", "GET", "/", ()),
    ("GET https://{Endpoint}/", "GET", "/", ()),
    ("GET {project_id}/servers", "GET", "/{project_id}/servers", ()),  # a leading {project_id} is not a host
    ("GET {domain_id}/agencies", "GET", "/{domain_id}/agencies", ()),  # neither is {domain_id}
    ("GET {api_version}", "GET", "/{api_version}", ()),
    # --- query forms
    ("GET /v3/{project_id}/jobs?start={start}&limit={limit}", "GET", "/v3/{project_id}/jobs", ("start", "limit")),
    ("GET /v3/{project_id}/jobs?offset&limit", "GET", "/v3/{project_id}/jobs", ("offset", "limit")),
    (
        "GET https://sample.domain.com/v3.0/OS-PERMISSION/role-assignments?{domain_id}",
        "GET",
        "/v3.0/OS-PERMISSION/role-assignments",
        ("domain_id",),
    ),
    (
        "DELETE /v2/{project_id}/servers/{server_id}/os-interface/{port_id}{?reserve_port}",
        "DELETE",
        "/v2/{project_id}/servers/{server_id}/os-interface/{port_id}",
        ("reserve_port",),
    ),
    ("GET /v3/endpoints{?interface, service_id}", "GET", "/v3/endpoints", ("interface", "service_id")),
    (
        "GET /v3/role_assignments{?role.id,scope.OS-INHERIT:inherited_to,include_subtree}",
        "GET",
        "/v3/role_assignments",
        ("role.id", "scope.OS-INHERIT:inherited_to", "include_subtree"),
    ),
    ("GET /v3/x{?a}{&b,c}", "GET", "/v3/x", ("a", "b", "c")),
    ("GET /v2/{project_id}/servers[?marker={marker}]", "GET", "/v2/{project_id}/servers", ("marker",)),
    ("GET /v2/{project_id}/servers?name={name}[&limit={limit}]", "GET", "/v2/{project_id}/servers", ("name", "limit")),
    (
        "GET https://{endpoint}/v2/{project_id}/volumes?status=available&multiattach=true",
        "GET",
        "/v2/{project_id}/volumes",
        ("status", "multiattach"),
    ),
    (
        "GET /v1/{project_id}/cloudservers/detail?flavor={flavor}&&tags={tags}&flavor={flavor}",
        "GET",
        "/v1/{project_id}/cloudservers/detail",
        ("flavor", "tags"),
    ),
    ("GET /networks?router:external=True //Name in the result is returned.", "GET", "/networks", ("router:external",)),
    ("GET /v3/x?action={current_action}", "GET", "/v3/x", ("action",)),
    ("GET /v3/x?", "GET", "/v3/x", ()),
    # --- noise
    (
        "GET https://{Endpoint}/v3/{project_id}/backups?end_time={end_time}&begin_time={begin \\_time}",
        "GET",
        "/v3/{project_id}/backups",
        ("end_time", "begin_time"),
    ),
    ("GET /v3/ {project_id}/instances", "GET", "/v3/{project_id}/instances", ()),
    (
        "PUT https://rds.example.com/v3/0483b6/instances/ 49b9dd1din03/sql-limit/switch",
        "PUT",
        "/v3/0483b6/instances/49b9dd1din03/sql-limit/switch",
        (),
    ),
    ("GET /v3/{project\\_id}/instances", "GET", "/v3/{project_id}/instances", ()),
    ("GET /v3/{*id*}/x", "GET", "/v3/{id}/x", ()),
    ("GET /v3/{ id }/x", "GET", "/v3/{id}/x", ()),
    ("GET /v3/{project_id}/instances.", "GET", "/v3/{project_id}/instances", ()),
    ("GET /v3/{project_id}/instances,", "GET", "/v3/{project_id}/instances", ()),
    ("GET /v3/{project_id}/instances;", "GET", "/v3/{project_id}/instances", ()),
    ("DELETE /v3/{project_id}/instances)", "DELETE", "/v3/{project_id}/instances", ()),
    ("GET /v3/{project_id}/instances (deprecated)", "GET", "/v3/{project_id}/instances", ()),
    ("GET https://{Endpoint}//v3//{project_id}/x", "GET", "/v3/{project_id}/x", ()),
    ("GET /v3/{project_id}/x/", "GET", "/v3/{project_id}/x/", ()),
    ("GET\xa0/v3/{project_id}/x", "GET", "/v3/{project_id}/x", ()),
    ("GET https://{Endpoint}/v3/x?id={id}.", "GET", "/v3/x", ("id",)),
]


@pytest.mark.parametrize(("text", "method", "path", "query"), ONE_MATCH)
def test_find_uris_one(text: str, method: str, path: str, query: tuple[str, ...]) -> None:
    found = find_uris(text)
    assert [(m.method, m.path, m.query) for m in found] == [(method, path, query)]
    assert [(m.repairs, m.problem) for m in found] == [((), "")]  # a well-formed template needs no repair


# --- path templates: a slip repaired (with a diagnostic), a path that is no template kept out of the spec

REPAIRED: list[tuple[str, str, str]] = [
    ("GET /v3/{project_id/instances", "/v3/{project_id}/instances", "`{project_id}` was missing its `}`"),
    ("GET /v3/{project_id}/instances/{instance_id", "/v3/{project_id}/instances/{instance_id}",
     "`{instance_id}` was missing its `}`"),
    ("GET /v3/project_id}/instances", "/v3/{project_id}/instances", "`{project_id}` was missing its `{`"),
    ("GET /v3/{project_id?limit={limit}", "/v3/{project_id}", "`{project_id}` was missing its `}`"),
    ("GET /v3/{project_id}/inst\u200bances", "/v3/{project_id}/instances", "invisible character(s) U+200B removed"),
    ("GET /v3/\u202e{project_id}/x\x00", "/v3/{project_id}/x", "invisible character(s) U+0000, U+202E removed"),
    ("GET https://{Cloud Eye endpoint}/V1.0\\", "/V1.0", "a trailing `\\` removed"),  # cloud-eye, as published
]


@pytest.mark.parametrize(("text", "path", "repair"), REPAIRED)
def test_a_slip_in_the_template_is_repaired_and_named(text: str, path: str, repair: str) -> None:
    (match,) = find_uris(text)
    assert (match.path, match.problem) == (path, "")
    assert repair in match.repairs
    (diag,) = template_diagnostics(match, Loc("p.rst", 7))
    assert (diag.code, diag.loc.line) == ("path-template-repaired", 7)
    assert path in diag.message and repair in diag.message


NOT_A_TEMPLATE: list[tuple[str, str]] = [
    ("GET /v3/{}/instances", "an empty placeholder `{}`"),
    ("GET /v3/{ }/instances", "an empty placeholder `{}`"),
    ("DELETE /v3/{project_id}/x/{}", "an empty placeholder `{}`"),
    ("GET /v1.0/}{project_id}/widgets", "a `{` or `}` that matches no other brace"),
    ("GET /v3/{x{project_id}/instances", "a `{` or `}` that matches no other brace"),
    ("GET /v3/{project_id}/x}y/instances", "a `{` or `}` that matches no other brace"),
    ("GET /v3/<project_id>/instances", "a character no path may hold (`<` `>`)"),
    ("GET /v3/{project_id}/a|b", "a character no path may hold (`|`)"),
    ("GET /v3/{project_id}/a\\b", "a character no path may hold (`\\`)"),
]


@pytest.mark.parametrize(("text", "problem"), NOT_A_TEMPLATE)
def test_a_path_that_is_no_template_is_a_problem_not_an_operation(text: str, problem: str) -> None:
    (match,) = find_uris(text)
    assert match.problem == problem
    (diag,) = template_diagnostics(match, Loc("p.rst", 3))
    assert diag.code == "path-template-invalid" and problem in diag.message and "no operation" in diag.message


def test_the_split_style_checks_the_template_too() -> None:
    (match,) = find_split_uri(["PATH: /rds/v1/{project_id/backups", "Method: POST"])
    assert (match.path, match.problem) == ("/rds/v1/{project_id}/backups", "")
    (bad,) = find_split_uri(["PATH: /rds/v1/{}/backups", "Method: POST"])
    assert bad.problem == "an empty placeholder `{}`"


def test_a_good_template_has_no_diagnostic() -> None:
    (match,) = find_uris("GET /v3/{project_id}/instances?limit={limit}")
    assert template_diagnostics(match, Loc("p.rst", 1)) == []


REJECTED: list[str] = [
    "The POST request is used to create a server.",
    "Use GET to query the server list.",
    "GET requests are idempotent.",
    "GET",
    "GET, POST, PUT",
    "POST",
    'POST {"server": {"name": "a"}}',
    "For example, the v2 API for creating disks is POST /v2/{project_id}/cloudvolumes.",
    "GET /v3/xxx/volumes?limit=50: Queries the 1-50 disks. GET /v3/xxx/volumes?offset=50&limit=50: Queries 51-100.",
    "GET v2.0 is the version.",
    "DELETEME /v3/x",
    "GETTING /v3/x",
    "get /v3/x",
    "Host: bucketname.obs.example.com",
    "https://{Endpoint}/v3/{project_id}/instances",
    "GET <project_id>/x",
    "",
]


@pytest.mark.parametrize("text", REJECTED)
def test_find_uris_rejects(text: str) -> None:
    assert find_uris(text) == []


def test_several_lines_in_text_order() -> None:
    text = (
        "GET /v2/{project_id}/servers/{server_id}/os-volume_attachments\n"
        "GET /v2.1/{project_id}/servers/{server_id}/os-volume_attachments\n"
    )
    found = find_uris(text)
    assert [m.path for m in found] == [
        "/v2/{project_id}/servers/{server_id}/os-volume_attachments",
        "/v2.1/{project_id}/servers/{server_id}/os-volume_attachments",
    ]
    assert [m.method for m in found] == ["GET", "GET"]


def test_one_match_per_line() -> None:
    found = find_uris("POST /v3/a POST /v3/b")
    assert [(m.method, m.path) for m in found] == [("POST", "/v3/a")]


def test_http_request_example_block() -> None:
    text = 'POST https://{endpoint}/v3/{project_id}/backups\nContent-Type: application/json\n\n{\n  "a": 1\n}'
    assert [(m.method, m.path) for m in find_uris(text)] == [("POST", "/v3/{project_id}/backups")]


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("  -  POST /v3/x", "POST /v3/x"),
        ("URI: GET /v3/x.", "GET /v3/x"),
        ("DELETE /?policy HTTP/1.1", "DELETE /?policy HTTP/1.1"),
        ("GET /v3/x (deprecated)", "GET /v3/x"),
        ("GET/{api_version}", "GET/{api_version}"),
        ("GET https://{Endpoint}/v3/x?limit={limit}", "GET https://{Endpoint}/v3/x?limit={limit}"),
    ],
)
def test_raw(text: str, raw: str) -> None:
    (match,) = find_uris(text)
    assert match.raw == raw


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("GET https://rds.eu-de.otc.t-systems.com/v3/0483b6b1/instances/dsfae23in01/backups/policy", False),
        ("GET https://sample.domain.com/v3.0/OS-CREDENTIAL/credentials?user_id=07609fb9", False),
        ("GET rds.eu-de.otc.t-systems.com/v3/0483b6b1/instances", False),
        ("GET https://iam.eu-de.otc.t-systems.com/v3.0/OS-ROLE/roles/{role_id}", True),
        ("GET https://sample.domain.com/v3.0/OS-PERMISSION/role-assignments?domain_id={domain_id}", True),
        ("GET https://{endpoint}/v2/{project_id}/os-volume-transfer/cac5c677-73a9", True),
        ("GET /v3/0483b6b1/instances", True),  # no host: not an example URL
    ],
)
def test_allow_concrete(text: str, kept: bool) -> None:
    assert len(find_uris(text)) == 1
    assert len(find_uris(text, allow_concrete=False)) == (1 if kept else 0)


# --- split style

SPLIT: list[tuple[list[str], list[tuple[str, str, tuple[str, ...]]]]] = [
    (["PATH: /rds/v1/{project_id}/backups", "Method: POST"], [("POST", "/rds/v1/{project_id}/backups", ())]),
    (
        ["Method: DELETE", "PATH: /rds/v1/{project_id}/backups/{backupId}"],
        [("DELETE", "/rds/v1/{project_id}/backups/{backupId}", ())],
    ),
    (
        ["PATH: /v1.0/{project_id}/instances", "Some other paragraph.", "Method: GET"],
        [("GET", "/v1.0/{project_id}/instances", ())],
    ),
    (["path: /v1.0/{project_id}/instances", "method: get"], [("GET", "/v1.0/{project_id}/instances", ())]),
    (["URI: /v1.0/{project_id}/flavors", "METHOD: GET"], [("GET", "/v1.0/{project_id}/flavors", ())]),
    (["URL: /v1.0/{project_id}/flavors", "Method: PATCH."], [("PATCH", "/v1.0/{project_id}/flavors", ())]),
    (["Request URI: /v1.0/{project_id}/flavors", "HTTP Method: PUT"], [("PUT", "/v1.0/{project_id}/flavors", ())]),
    (
        ["PATH: /v1.0/{project_id}/instances/{instanceId}/action\nMethod: POST"],
        [("POST", "/v1.0/{project_id}/instances/{instanceId}/action", ())],
    ),
    (["-  PATH: /v1.0/{project_id}/instances", "-  Method: GET"], [("GET", "/v1.0/{project_id}/instances", ())]),
    (
        ["Path: https://{Endpoint}/v3/{project_id}/x?offset={offset}&limit={limit}", "Method: GET"],
        [("GET", "/v3/{project_id}/x", ("offset", "limit"))],
    ),
    (["PATH: /v1/a", "Method: GET", "PATH: /v1/b", "Method: POST"], [("GET", "/v1/a", ()), ("POST", "/v1/b", ())]),
    (["PATH: /v1/a", "Method: GET", "Method: HEAD"], [("GET", "/v1/a", ()), ("HEAD", "/v1/a", ())]),
    (["PATH: /rds/v1/{project_id}/backups"], []),
    (["Method: POST"], []),
    (["URI: GET /v3/x", "Method: GET"], []),  # a URI line with a method is find_uris' job
    (["Path: the path of the object", "Method: GET"], []),
    (["The method: GET is used", "PATH: /v1/a"], []),
    ([], []),
]


@pytest.mark.parametrize(("texts", "expected"), SPLIT)
def test_find_split_uri(texts: list[str], expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    assert [(m.method, m.path, m.query) for m in find_split_uri(texts)] == expected


def test_split_raw_names_both_lines() -> None:
    (match,) = find_split_uri(["PATH: /rds/v1/{project_id}/backups", "Method: POST"])
    assert match.raw == "PATH: /rds/v1/{project_id}/backups\nMethod: POST"


def test_find_uris_ignores_split_style() -> None:
    assert find_uris("PATH: /rds/v1/{project_id}/backups\nMethod: POST") == []


# --- normalise_path / path_placeholders


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("/v2/{id}/x", "/v2/{server_id}/x"),
        ("/v3/{project_id}/instances/", "/v3/{project_id}/instances"),
        ("//v3//{project_id}/x", "/v3/{p}/x"),
        ("/v3/{*project_id*}/x", "/v3/{project_id}/x"),
        ("/v3/{project_id}/x?limit={limit}", "/v3/{project_id}/x"),
    ],
)
def test_normalise_path_equal(a: str, b: str) -> None:
    assert normalise_path(a) == normalise_path(b)


@pytest.mark.parametrize(
    ("path", "key"),
    [
        ("/v2/{server_id}/x", "/v2/{}/x"),
        ("/", "/"),
        ("//", "/"),
        ("/v3/x/", "/v3/x"),
        ("/v3//x", "/v3/x"),
        ("/v3/{a}{b}", "/v3/{}{}"),
        ("/v3/OS-ROLE/roles", "/v3/OS-ROLE/roles"),
    ],
)
def test_normalise_path(path: str, key: str) -> None:
    assert normalise_path(path) == key


def test_normalise_path_keeps_distinct_paths_apart() -> None:
    assert normalise_path("/v2/{id}/x") != normalise_path("/v2.1/{id}/x")
    assert normalise_path("/v3/Roles") != normalise_path("/v3/roles")


@pytest.mark.parametrize(
    ("path", "names"),
    [
        ("/v3/{project_id}/instances/{instance_id}", ("project_id", "instance_id")),
        ("/", ()),
        ("/v3/{*id*}/x", ("id",)),
        ("/rds/v1/{project_id}/backups/{backupId}", ("project_id", "backupId")),
    ],
)
def test_path_placeholders(path: str, names: tuple[str, ...]) -> None:
    assert path_placeholders(path) == names


def test_match_is_frozen() -> None:
    match = UriMatch(method="GET", path="/", query=(), raw="GET /")
    with pytest.raises(dataclasses.FrozenInstanceError):
        match.method = "POST"  # type: ignore[misc]


def test_paths_from_find_uris_carry_placeholders() -> None:
    (match,) = find_uris("GET https://{Endpoint}/v3/{project_id}/instances/{instance_id}?limit={limit}")
    assert path_placeholders(match.path) == ("project_id", "instance_id")


@pytest.mark.parametrize(
    ("concrete", "template", "expected"),
    [
        # a URI example: the template with values in place of its placeholders
        ("/mysql/v3/97b026aa9cc4417888c14c84a1ad9860/instances", "/mysql/v3/{project_id}/instances", True),
        ("/v3/0483b6b16e954cb88930a360d2c4e663/instances/dsfae23fsfdsae3435in01",
         "/v3/{project_id}/instances/{instance_id}", True),
        ("/V1.0", "/{api_version}", True),
        ("/v1/a1.json", "/v1/{id}.json", True),
        ("/v3/0483b6b16e954cb88930a360d2c4e663/instances/", "/v3/{project_id}/instances", True),
        # not an instance: other segments, another literal, a segment too many, no placeholder to fill
        ("/v3/0483b6b16e954cb88930a360d2c4e663/instances", "/mysql/v3/{project_id}/instances", False),
        ("/v3/0483b6b16e954cb88930a360d2c4e663/backups", "/v3/{project_id}/instances", False),
        ("/v3/0483b6b16e954cb88930a360d2c4e663/instances/x1", "/v3/{project_id}/instances", False),
        ("/v3/auth/projects", "/v3/auth/projects", False),
        # two templates never instantiate each other, and a literal word is a sibling endpoint, not a value
        ("/v3/{id}/instances", "/v3/{project_id}/instances", False),
        ("/v2/servers/detail", "/v2/servers/{server_id}", False),
    ],
)
def test_instantiates(concrete: str, template: str, expected: bool) -> None:
    assert instantiates(concrete, template) is expected


# --------------------------------------------------------------------------------------------------
# sub-resources: query keys written with no value (S3 style)


@pytest.mark.parametrize(("text", "subresources", "http"), [
    ("PUT /?encryption HTTP/1.1", ("encryption",), True),
    ("POST /ObjectName?name=Name&rename HTTP/1.1", ("rename",), True),
    ("GET /?uploads&max-uploads=max HTTP/1.1", ("uploads",), True),
    ("GET /?list-type=2 HTTP/1.1", (), True),
    ("PUT /?acl", ("acl",), False),
    ("GET /v1/{project_id}/fleets?start={start}&limit={limit}", (), False),
    ("DELETE /v2/{project_id}/servers/{server_id}/os-interface/{port_id}{?reserve_port}", (), False),
    ("GET /v3/x?[marker]", (), False),
])
def test_keys_without_a_value_are_subresources(text: str, subresources: tuple[str, ...], http: bool) -> None:
    [match] = find_uris(text)
    assert match.subresources == subresources
    assert match.http is http
    assert set(subresources) <= set(match.query)  # still listed with the query keys
