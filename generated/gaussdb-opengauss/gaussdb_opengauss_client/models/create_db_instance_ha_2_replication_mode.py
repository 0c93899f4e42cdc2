from enum import StrEnum


class CreateDbInstanceHa2ReplicationMode(StrEnum):
    SYNC = "sync"

    def __str__(self) -> str:
        return str(self.value)
