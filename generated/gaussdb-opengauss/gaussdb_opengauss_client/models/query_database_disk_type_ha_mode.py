from enum import StrEnum


class QueryDatabaseDiskTypeHaMode(StrEnum):
    ENTERPRISE = "enterprise"

    def __str__(self) -> str:
        return str(self.value)
