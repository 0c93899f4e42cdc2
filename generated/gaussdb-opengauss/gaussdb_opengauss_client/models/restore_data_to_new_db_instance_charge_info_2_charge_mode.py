from enum import StrEnum


class RestoreDataToNewDbInstanceChargeInfo2ChargeMode(StrEnum):
    POSTPAID = "postPaid"

    def __str__(self) -> str:
        return str(self.value)
