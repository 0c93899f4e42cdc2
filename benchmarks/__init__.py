"""The project's benchmarks: scripts that print figures (`python -m benchmarks.<name>`)."""

# The six services of ../shared/corpus the chain was first built on (committed specs and clients, labelled sets),
# listed once; here and not in `benchmarks.build` so that naming them imports nothing of the chain
SERVICES = (
    "gaussdb-opengauss",
    "relational-database-service",
    "cloud-container-engine",
    "identity-access-management",
    "elastic-volume-service",
    "elastic-cloud-server",
)
