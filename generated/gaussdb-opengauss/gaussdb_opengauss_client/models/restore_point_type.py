from enum import StrEnum


class RestorePointType(StrEnum):
    BACKUP = "backup"
    TIMESTAMP = "timestamp"

    def __str__(self) -> str:
        return str(self.value)
