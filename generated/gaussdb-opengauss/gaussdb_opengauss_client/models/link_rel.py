from enum import StrEnum


class LinkRel(StrEnum):
    SELF = "self"

    def __str__(self) -> str:
        return str(self.value)
