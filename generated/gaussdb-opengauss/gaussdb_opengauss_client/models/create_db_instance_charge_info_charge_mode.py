from enum import StrEnum


class CreateDbInstanceChargeInfoChargeMode(StrEnum):
    POSTPAID = "postPaid"

    def __str__(self) -> str:
        return str(self.value)
