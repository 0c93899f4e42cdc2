from enum import StrEnum


class CreateManualBackupBackupType(StrEnum):
    MANUAL = "manual"

    def __str__(self) -> str:
        return str(self.value)
