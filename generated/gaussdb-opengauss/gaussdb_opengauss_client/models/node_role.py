from enum import StrEnum


class NodeRole(StrEnum):
    MASTER = "master"
    SLAVE = "slave"

    def __str__(self) -> str:
        return str(self.value)
