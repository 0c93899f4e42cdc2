from enum import StrEnum


class RestoreDataToNewDbInstanceDatastoreType(StrEnum):
    GAUSSDB = "GaussDB"

    def __str__(self) -> str:
        return str(self.value)
