from enum import StrEnum


class QueryVersionInformationOfApiVersionStatus(StrEnum):
    CURRENT = "CURRENT"
    DEPRECATED = "DEPRECATED"
    SUPPORTED = "SUPPORTED"

    def __str__(self) -> str:
        return str(self.value)
