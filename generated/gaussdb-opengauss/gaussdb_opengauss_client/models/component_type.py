from enum import StrEnum


class ComponentType(StrEnum):
    CM = "CM"
    CN = "CN"
    DN = "DN"
    ETCD = "ETCD"
    GTM = "GTM"

    def __str__(self) -> str:
        return str(self.value)
