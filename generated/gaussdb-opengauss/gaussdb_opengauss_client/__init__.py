"""A client library for accessing gaussdb-opengauss"""

from ._cloud import from_aksk, from_cloud
from ._secrets import install_log_filter as _install_log_filter
from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
    "from_aksk",
    "from_cloud",
)

_install_log_filter()  # httpx logs request URLs: secret query values are masked
