from enum import StrEnum


class NodeStatus(StrEnum):
    ACTIVE = "ACTIVE"
    BUILD = "BUILD"
    DELETED = "DELETED"
    FAILED = "FAILED"

    def __str__(self) -> str:
        return str(self.value)
