from enum import StrEnum


class RestoreDataToNewDbInstanceVolume2Type(StrEnum):
    ULTRAHIGH = "ULTRAHIGH"

    def __str__(self) -> str:
        return str(self.value)
