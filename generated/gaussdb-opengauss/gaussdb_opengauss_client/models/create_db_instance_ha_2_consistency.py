from enum import StrEnum


class CreateDbInstanceHa2Consistency(StrEnum):
    EVENTUAL = "eventual"
    STRONG = "strong"

    def __str__(self) -> str:
        return str(self.value)
