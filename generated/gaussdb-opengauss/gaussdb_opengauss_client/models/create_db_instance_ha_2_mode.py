from enum import StrEnum


class CreateDbInstanceHa2Mode(StrEnum):
    ENTERPRISE = "enterprise"

    def __str__(self) -> str:
        return str(self.value)
