from enum import StrEnum


class StorageTypeItemName(StrEnum):
    ULTRAHIGH = "ULTRAHIGH"

    def __str__(self) -> str:
        return str(self.value)
