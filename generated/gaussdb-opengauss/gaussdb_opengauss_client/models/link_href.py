from enum import StrEnum


class LinkHref(StrEnum):
    VALUE_0 = ""

    def __str__(self) -> str:
        return str(self.value)
