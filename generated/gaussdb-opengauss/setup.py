import pathlib

from setuptools import find_packages, setup

here = pathlib.Path(__file__).parent.resolve()
long_description = (here / "README.md").read_text(encoding="utf-8")

setup(
    name="gaussdb-opengauss-client",
    version="2024-11-20",
    description="A client library for accessing gaussdb-opengauss",
    long_description=long_description,
    long_description_content_type="text/markdown",
    packages=find_packages(),
    python_requires=">=3.11, <4",
    install_requires=["httpx >= 0.23.1, < 0.29.0", "attrs >= 22.2.0", "jsonschema >= 4.18", "rfc3339-validator >= 0.1.4", "rfc3986-validator >= 0.1.1", "email-validator >= 2.2", "jsonschema-rs >= 0.61; platform_python_implementation == 'CPython' and (platform_machine == 'x86_64' or platform_machine == 'AMD64' or platform_machine == 'arm64' or platform_machine == 'aarch64')", "httpx-retries >= 0.6"],
    extras_require={"cloud": ["keystoneauth1 >= 5.0", "openstacksdk >= 3.0"], "aksk": ["huaweicloudsdkcore >= 3.1"]},
    package_data={"gaussdb_opengauss_client": ["py.typed", "_request_schemas.json"]},
)
