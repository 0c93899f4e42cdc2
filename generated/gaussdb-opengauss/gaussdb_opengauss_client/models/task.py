from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import UNSET, Unset, unset_free_repr

if TYPE_CHECKING:
    from ..models.instance_info import InstanceInfo


T = TypeVar("T", bound="Task")


@unset_free_repr
@_attrs_define
class Task:
    """tasks field data structure description

    Attributes:
        instance_info (InstanceInfo | Unset): instance_info field data structure description
        job_id (str | Unset): Task ID.
        name (str | Unset): Task name.
        status (str | Unset): Task status.
        process (str | Unset): Task progress, in percentage (%)
        fail_reason (str | Unset): Failure cause.
        created_at (str | Unset): Creation time in the "yyyy-mm-ddThh:mm:ssZ" format.

            **T** is the separator between the calendar and the hourly notation of time. **Z** indicates the time zone
            offset.
        ended_at (str | Unset): End time in the "yyyy-mm-ddThh:mm:ssZ" format.

            **T** is the separator between the calendar and the hourly notation of time. **Z** indicates the time zone
            offset.
    """

    instance_info: InstanceInfo | Unset = UNSET
    job_id: str | Unset = UNSET
    name: str | Unset = UNSET
    status: str | Unset = UNSET
    process: str | Unset = UNSET
    fail_reason: str | Unset = UNSET
    created_at: str | Unset = UNSET
    ended_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        instance_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance_info, Unset):
            instance_info = self.instance_info.to_dict()

        job_id = self.job_id

        name = self.name

        status = self.status

        process = self.process

        fail_reason = self.fail_reason

        created_at = self.created_at

        ended_at = self.ended_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_info is not UNSET:
            field_dict["instance_info"] = instance_info
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if process is not UNSET:
            field_dict["process"] = process
        if fail_reason is not UNSET:
            field_dict["fail_reason"] = fail_reason
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instance_info import InstanceInfo  # noqa: PLC0415

        d = dict(src_dict)
        _instance_info = d.pop("instance_info", UNSET)
        instance_info: InstanceInfo | Unset
        if isinstance(_instance_info, Unset):
            instance_info = UNSET
        else:
            instance_info = InstanceInfo.from_dict(_instance_info)

        job_id = d.pop("job_id", UNSET)

        name = d.pop("name", UNSET)

        status = d.pop("status", UNSET)

        process = d.pop("process", UNSET)

        fail_reason = d.pop("fail_reason", UNSET)

        created_at = d.pop("created_at", UNSET)

        ended_at = d.pop("ended_at", UNSET)

        task = cls(
            instance_info=instance_info,
            job_id=job_id,
            name=name,
            status=status,
            process=process,
            fail_reason=fail_reason,
            created_at=created_at,
            ended_at=ended_at,
        )

        task.additional_properties = d
        return task

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
