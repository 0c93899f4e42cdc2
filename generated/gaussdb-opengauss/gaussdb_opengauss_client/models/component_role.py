from enum import StrEnum


class ComponentRole(StrEnum):
    MASTER = "master"
    SLAVE = "slave"

    def __str__(self) -> str:
        return str(self.value)
