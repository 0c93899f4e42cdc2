from enum import StrEnum


class RestoreDataToNewDbInstanceChargeInfoChargeMode(StrEnum):
    POSTPAID = "postPaid"

    def __str__(self) -> str:
        return str(self.value)
