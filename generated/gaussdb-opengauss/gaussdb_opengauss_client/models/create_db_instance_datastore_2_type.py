from enum import StrEnum


class CreateDbInstanceDatastore2Type(StrEnum):
    GAUSSDB = "GaussDB"

    def __str__(self) -> str:
        return str(self.value)
