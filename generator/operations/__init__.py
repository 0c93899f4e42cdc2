"""Raw pages -> operations: link nested tables, type every row, place parameters, examples and statuses.

Input is the read layer of `generator.model` for a whole docs tree (labels resolve across pages); output
is the operation layer, per page, with the row accounting the report needs. Nothing here knows OpenAPI.

`service` builds the whole tree; `page` one page (table roles, parameter locations, bodies, orphans) with a
`rows.RowTyper` (rows -> properties) over a `linking.LabelIndex` (rows -> child tables); `responses` the Operation
of one METHOD+path; `state` the per-page scratch state they pass each other; `examples` what example blocks are for.
"""

from __future__ import annotations

from generator.operations.responses import tag_of
from generator.operations.service import ServiceModel, build_service

__all__ = ["ServiceModel", "build_service", "tag_of"]
