from enum import StrEnum


class QueryTasksStatus(StrEnum):
    COMPLETED = "Completed"
    FAILED = "Failed"
    RUNNING = "Running"

    def __str__(self) -> str:
        return str(self.value)
