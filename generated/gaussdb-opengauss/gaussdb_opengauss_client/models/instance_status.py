from enum import StrEnum


class InstanceStatus(StrEnum):
    ACTIVE = "ACTIVE"
    BACKING_UP = "BACKING UP"
    BUILD = "BUILD"
    EXPANDING = "EXPANDING"
    FAILED = "FAILED"
    MIGRATING = "MIGRATING"
    MODIFYING = "MODIFYING"
    REBOOTING = "REBOOTING"
    RESTORING = "RESTORING"
    STORAGE_FULL = "STORAGE FULL"
    SWITCHOVER = "SWITCHOVER"
    UPGRADE_TO_BE_OBSERVED = "UPGRADE TO BE OBSERVED"
    UPGRADING = "UPGRADING"

    def __str__(self) -> str:
        return str(self.value)
