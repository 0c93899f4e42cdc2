from enum import StrEnum


class RestoreDataToNewDbInstanceHaReplicationMode(StrEnum):
    SYNC = "sync"

    def __str__(self) -> str:
        return str(self.value)
