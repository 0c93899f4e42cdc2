from enum import StrEnum


class HaConsistency(StrEnum):
    EVENTUAL = "eventual"
    STRONG = "strong"

    def __str__(self) -> str:
        return str(self.value)
