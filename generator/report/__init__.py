"""The HTML report for doc writers: the site as data (`model`), the lines it points at (`sources`), and the site
as HTML text (`render`). Writes nothing: `generator.writer.write_tree` does."""

from generator.report.model import ServiceFailure, ServiceReport, Site, service_report
from generator.report.render import render_site

__all__ = ["ServiceFailure", "ServiceReport", "Site", "render_site", "service_report"]
