from enum import StrEnum


class HaReplicationMode(StrEnum):
    SYNC = "sync"

    def __str__(self) -> str:
        return str(self.value)
