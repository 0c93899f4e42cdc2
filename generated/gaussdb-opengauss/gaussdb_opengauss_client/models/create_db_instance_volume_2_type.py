from enum import StrEnum


class CreateDbInstanceVolume2Type(StrEnum):
    ULTRAHIGH = "ULTRAHIGH"

    def __str__(self) -> str:
        return str(self.value)
