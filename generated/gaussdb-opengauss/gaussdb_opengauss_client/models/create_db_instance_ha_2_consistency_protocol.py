from enum import StrEnum


class CreateDbInstanceHa2ConsistencyProtocol(StrEnum):
    PAXOS = "paxos"
    QUORUM = "quorum"

    def __str__(self) -> str:
        return str(self.value)
