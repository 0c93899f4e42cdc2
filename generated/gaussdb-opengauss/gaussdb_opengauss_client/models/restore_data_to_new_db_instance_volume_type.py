from enum import StrEnum


class RestoreDataToNewDbInstanceVolumeType(StrEnum):
    ULTRAHIGH = "ULTRAHIGH"

    def __str__(self) -> str:
        return str(self.value)
