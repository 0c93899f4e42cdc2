"""Issue 9 item 7 acceptance on object-storage-service, the S3-style service of ../shared/corpus: every operation
page its own operation (told apart by sub-resource), rows typed from the element tables' `Type:` lines, XML bodies
with their root's xml name, the AK/SK signature, a valid spec."""

from __future__ import annotations

from openapi_spec_validator import validate

from generator.pipeline import BuildResult
from tests.corpus import catalogue

SERVICE = "object-storage-service"


def built() -> BuildResult:
    return catalogue.built(SERVICE)  # the session's build, through the tests' build cache


def test_operation_pages_become_their_own_operations() -> None:
    totals = built().report["totals"]
    assert totals["operation_pages"] == 79
    assert totals["spec_operations"] >= 75
    paths = built().spec["paths"]
    for key in ("/#acl", "/#encryption", "/#lifecycle", "/#policy", "/{ObjectName}#acl", "/{ObjectName}#uploadId"):
        assert key in paths, key
    merged = sorted(f"{m} {p}" for p, item in paths.items() for m, op in item.items() if op.get("x-variants"))
    # left as variants: pages on one METHOD+path that only the Host or a header tells apart (list buckets / list
    # objects; upload / copy an object; upload / copy a part)
    assert len(merged) <= 3, merged


def test_rows_are_typed_and_the_row_invariant_holds() -> None:
    totals = built().report["totals"]
    assert totals["parameter_rows"] == totals["rows_as_properties"] + totals["rows_as_diagnostics"]
    assert totals["rows_as_properties"] >= 0.98 * totals["parameter_rows"]
    for page in built().report["pages"]:
        assert page["parameter_rows"] == page["rows_as_properties"] + page["rows_as_diagnostics"], page["path"]


def test_xml_bodies_carry_their_root_element() -> None:
    spec = built().spec
    body = spec["paths"]["/#encryption"]["put"]["requestBody"]["content"]["application/xml"]["schema"]
    component = spec["components"]["schemas"][body["$ref"].rpartition("/")[2]]
    assert component["xml"] == {"name": "ServerSideEncryptionConfiguration"}
    rule = spec["components"]["schemas"][component["properties"]["Rule"]["$ref"].rpartition("/")[2]]
    assert "ApplyServerSideEncryptionByDefault" in rule["properties"]
    xml = [media for item in spec["paths"].values() for op in item.values()
           for media in (op.get("requestBody") or {}).get("content", {}) if media == "application/xml"]
    assert len(xml) >= 20
    assert not any("Type:" in str(s.get("description", "")) or "Parent:" in str(s.get("description", ""))
                   for c in spec["components"]["schemas"].values() for s in c.get("properties", {}).values())


def test_requests_are_signed_with_an_access_key() -> None:
    spec = built().spec
    scheme = spec["components"]["securitySchemes"]["AccessKeySignature"]
    assert (scheme["name"], scheme["x-signature-scheme"]) == ("Authorization", "OBS")
    assert "XAuthToken" not in spec["components"]["securitySchemes"]
    # no page names X-Auth-Token: the signature is the document's security, and an operation without it says so
    assert spec["security"] == [{"AccessKeySignature": []}]
    signed = [op for item in spec["paths"].values() for op in item.values()
              if op.get("security", spec["security"]) == [{"AccessKeySignature": []}]]
    assert len(signed) >= 75 and len(signed) >= len([op for item in spec["paths"].values() for op in item]) - 3


def test_the_spec_validates() -> None:
    validate(built().spec)
