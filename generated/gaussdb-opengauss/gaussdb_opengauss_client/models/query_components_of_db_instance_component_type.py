from enum import StrEnum


class QueryComponentsOfDbInstanceComponentType(StrEnum):
    CM = "CM"

    def __str__(self) -> str:
        return str(self.value)
