from enum import StrEnum


class ConfigurationParameterType(StrEnum):
    BOOLEAN = "boolean"
    FLOAT = "float"
    INTEGER = "integer"
    LIST = "list"
    STRING = "string"

    def __str__(self) -> str:
        return str(self.value)
