from enum import StrEnum


class ComponentStatus(StrEnum):
    DOWN = "Down"
    NORMAL = "Normal"
    PRIMARY = "Primary"
    STANDBY = "Standby"
    STATECANDIDATE = "StateCandidate"
    STATEFOLLOWER = "StateFollower"
    STATELEADER = "StateLeader"

    def __str__(self) -> str:
        return str(self.value)
