from enum import StrEnum


class CreateDbInstanceHaReplicationMode(StrEnum):
    SYNC = "sync"

    def __str__(self) -> str:
        return str(self.value)
