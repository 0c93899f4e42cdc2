from enum import StrEnum


class QueryDbInstancesType(StrEnum):
    ENTERPRISE = "Enterprise"

    def __str__(self) -> str:
        return str(self.value)
