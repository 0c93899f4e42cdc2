from enum import StrEnum


class FlavorGroupType(StrEnum):
    ARMFLAVORS = "armFlavors"
    NORMAL = "normal"
    NORMAL2 = "normal2"

    def __str__(self) -> str:
        return str(self.value)
