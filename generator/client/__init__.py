"""Typed Python clients generated from a spec with openapi-python-client (issue 4, first slice).

`view.generation_view` turns a spec into what the generator can digest without losing anything silently;
`generate.generate_client` runs the pinned generator on it, ships the runtime validation module and checks the
output. The spec itself is never changed: the client validates request bodies against the original schemas.
"""

from __future__ import annotations

from generator.client.generate import GenerateResult, generate_client
from generator.client.view import GenerationView, generation_view

__all__ = ["GenerateResult", "GenerationView", "generate_client", "generation_view"]
