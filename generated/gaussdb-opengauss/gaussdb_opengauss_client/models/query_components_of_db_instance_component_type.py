from enum import StrEnum


class QueryComponentsOfDbInstanceComponentType(StrEnum):
    ALL = "ALL"
    CM = "CM"
    CN = "CN"
    DN = "DN"
    ETCD = "ETCD"
    GTM = "GTM"

    def __str__(self) -> str:
        return str(self.value)
