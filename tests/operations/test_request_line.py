"""generator.operations.request_line: plain-word placeholders, sub-resources shown only in samples, signatures."""

from __future__ import annotations

import textwrap

from generator.model import RawPage
from generator.operations.request_line import normalise_request_lines, placeholder_words, signature_scheme
from generator.rst.parse import parse_rst
from generator.rst.reader import read_page


def _page(path: str, body: str) -> RawPage:
    text = textwrap.dedent(body).strip() + "\n"
    page, _diags = read_page(parse_rst(text, path), path, text)
    return page


def _syntax_page(path: str, syntax: str, sample: str, authorization: str = "PSS AKEXAMPLE0000000000:c2lnbmF0dXJl",
                 ) -> RawPage:
    return _page(path, f"""
        A Page
        ======

        Request Syntax
        --------------

        .. code-block:: text

           {syntax} HTTP/1.1
           Host: binname.parcel.example.com

        Sample Request
        --------------

        .. code-block:: text

           {sample} HTTP/1.1
           Host: examplebin.parcel.example.com
           Authorization: {authorization}
    """)


def test_a_segment_the_sample_fills_with_another_value_is_a_placeholder() -> None:
    upload = _syntax_page("upload.rst", "PUT /ParcelName?partNumber=n", "PUT /parcel-07?partNumber=1")
    words = placeholder_words([upload])
    assert words == {"parcelname"}
    [uri] = normalise_request_lines(upload, words, "PSS").uris
    assert uri.path == "/{ParcelName}"


def test_a_placeholder_word_holds_on_pages_whose_sample_repeats_the_template() -> None:
    upload = _syntax_page("upload.rst", "PUT /ParcelName", "PUT /parcel-07")
    tags = _syntax_page("tags.rst", "GET /parcelname?tagging", "GET /parcelname?tagging")
    assert placeholder_words([tags]) == set()
    words = placeholder_words([upload, tags])
    [uri] = normalise_request_lines(tags, words, "PSS").uris
    assert (uri.path, uri.subresources) == ("/{parcelname}", ("tagging",))


def test_segments_are_compared_only_when_the_sample_has_as_many() -> None:
    page = _syntax_page("policy.rst", "DELETE /?policy", "DELETE /examplebin?policy")
    assert placeholder_words([page]) == set()


def test_a_bare_key_of_a_sample_line_is_a_subresource_only_when_a_table_makes_it_mandatory() -> None:
    def quota(mandatory: str) -> RawPage:
        return _page("quota.rst", f"""
            Quota
            =====

            URI
            ---

            PUT /

            .. table:: **Table 1** Query parameter

               ========= ========= ====== ===========
               Parameter Mandatory Type   Description
               ========= ========= ====== ===========
               binquota  {mandatory:<9} String No value.
               ========= ========= ====== ===========

            Example Request
            ---------------

            .. code-block:: text

               PUT /?binquota HTTP/1.1
               Host: examplebin.parcel.example.com
        """)

    [flagged] = normalise_request_lines(quota("Yes"), frozenset(), "").uris
    assert (flagged.path, flagged.subresources) == ("/", ("binquota",))
    [plain] = normalise_request_lines(quota("No"), frozenset(), "").uris
    assert plain.subresources == ()


def test_an_unnamed_signature_takes_the_scheme_of_the_tree() -> None:
    named = _syntax_page("a.rst", "GET /?acl", "GET /?acl")
    unnamed = _syntax_page("b.rst", "GET /?cors", "GET /?cors", authorization="authorization string")
    assert (named.signature_auth, unnamed.signature_auth) == ("PSS", "?")
    scheme = signature_scheme([named, unnamed])
    assert scheme == "PSS"
    assert normalise_request_lines(unnamed, frozenset(), scheme).signature_auth == "PSS"
    assert normalise_request_lines(unnamed, frozenset(), "").signature_auth == ""
