from enum import StrEnum


class ConfigureAutomatedBackupPolicyBackupPolicyDifferentialPeriod(StrEnum):
    VALUE_0 = "15"
    VALUE_1 = "30"
    VALUE_2 = "60"
    VALUE_3 = "180"
    VALUE_4 = "360"
    VALUE_5 = "720"
    VALUE_6 = "1440"

    def __str__(self) -> str:
        return str(self.value)
