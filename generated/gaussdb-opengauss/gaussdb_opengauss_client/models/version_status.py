from enum import StrEnum


class VersionStatus(StrEnum):
    CURRENT = "CURRENT"
    DEPRECATED = "DEPRECATED"
    SUPPORTED = "SUPPORTED"

    def __str__(self) -> str:
        return str(self.value)
