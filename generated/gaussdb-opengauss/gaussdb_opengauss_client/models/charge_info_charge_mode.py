from enum import StrEnum


class ChargeInfoChargeMode(StrEnum):
    POSTPAID = "postPaid"

    def __str__(self) -> str:
        return str(self.value)
