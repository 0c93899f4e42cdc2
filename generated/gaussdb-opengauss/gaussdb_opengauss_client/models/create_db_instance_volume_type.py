from enum import StrEnum


class CreateDbInstanceVolumeType(StrEnum):
    ULTRAHIGH = "ULTRAHIGH"

    def __str__(self) -> str:
        return str(self.value)
