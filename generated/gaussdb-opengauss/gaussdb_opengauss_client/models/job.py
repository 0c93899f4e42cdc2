from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._enums import open_enum
from .._secrets import redacted_repr
from ..models.job_status import JobStatus
from ..types import UNSET, Unset, unset_free_repr

if TYPE_CHECKING:
    from ..models.obtain_task_information_instance import ObtainTaskInformationInstance


T = TypeVar("T", bound="Job")


@unset_free_repr
@_attrs_define
class Job:
    """job field data structure description

    Attributes:
        id (str | Unset): Task ID.
        name (str | Unset): Task name.
        status (JobStatus | Unset): Task execution status

            Value:

            - **Running**: The task is being executed.
            - **Completed**: The task is successfully executed.
            - **Failed**: The task fails to be executed.
        created (str | Unset): Creation time in the "yyyy-mm-ddThh:mm:ssZ" format.

            **T** is the separator between the calendar and the hourly notation of time. **Z** indicates the time zone
            offset.
        ended (str | Unset): End time in the "yyyy-mm-ddThh:mm:ssZ" format.

            **T** is the separator between the calendar and the hourly notation of time. **Z** indicates the time zone
            offset.
        progress (str | Unset): Task execution progress.

            Note:

            The execution progress (such as **"60%"**, indicating the task execution progress is 60%) is displayed only when
            the task is being executed. Otherwise, **""** is returned.
        instance (ObtainTaskInformationInstance | Unset): instance field data structure description
        fail_reason (str | Unset): Task failure information.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    status: JobStatus | Unset = UNSET
    created: str | Unset = UNSET
    ended: str | Unset = UNSET
    progress: str | Unset = UNSET
    instance: ObtainTaskInformationInstance | Unset = UNSET
    fail_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created = self.created

        ended = self.ended

        progress = self.progress

        instance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance, Unset):
            instance = self.instance.to_dict()

        fail_reason = self.fail_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if created is not UNSET:
            field_dict["created"] = created
        if ended is not UNSET:
            field_dict["ended"] = ended
        if progress is not UNSET:
            field_dict["progress"] = progress
        if instance is not UNSET:
            field_dict["instance"] = instance
        if fail_reason is not UNSET:
            field_dict["fail_reason"] = fail_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.obtain_task_information_instance import ObtainTaskInformationInstance  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: JobStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = open_enum("Job.status", JobStatus, _status)

        created = d.pop("created", UNSET)

        ended = d.pop("ended", UNSET)

        progress = d.pop("progress", UNSET)

        _instance = d.pop("instance", UNSET)
        instance: ObtainTaskInformationInstance | Unset
        if isinstance(_instance, Unset):
            instance = UNSET
        else:
            instance = ObtainTaskInformationInstance.from_dict(_instance)

        fail_reason = d.pop("fail_reason", UNSET)

        job = cls(
            id=id,
            name=name,
            status=status,
            created=created,
            ended=ended,
            progress=progress,
            instance=instance,
            fail_reason=fail_reason,
        )

        job.additional_properties = d
        return job

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
