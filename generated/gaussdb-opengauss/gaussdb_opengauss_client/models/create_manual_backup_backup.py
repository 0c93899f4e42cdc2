from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._enums import open_enum
from .._secrets import redacted_repr
from ..models.create_manual_backup_backup_status import CreateManualBackupBackupStatus
from ..models.create_manual_backup_backup_type import CreateManualBackupBackupType
from ..types import UNSET, Unset, unset_free_repr

T = TypeVar("T", bound="CreateManualBackupBackup")


@unset_free_repr
@_attrs_define
class CreateManualBackupBackup:
    """backup field data structure description

    Attributes:
        id (str | Unset): Backup ID.
        name (str | Unset): Backup name.
        description (str | Unset): Backup description.
        begin_time (str | Unset): Backup start time in the "yyyy-mm-ddThh:mm:ssZ" format.

            **T** is the separator between the calendar and the hourly notation of time. **Z** indicates the time zone
            offset.
        status (CreateManualBackupBackupStatus | Unset): Backup status. Value:

            - **BUILDING**: Backup in progress
            - **COMPLETED**: Backup completed
            - **FAILED**: Backup failed
        type_ (CreateManualBackupBackupType | Unset): Backup type. Value: **manual** (manual full backup).
        instance_id (str | Unset): DB instance ID.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    begin_time: str | Unset = UNSET
    status: CreateManualBackupBackupStatus | Unset = UNSET
    type_: CreateManualBackupBackupType | Unset = UNSET
    instance_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        begin_time = self.begin_time

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        instance_id = self.instance_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if begin_time is not UNSET:
            field_dict["begin_time"] = begin_time
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        begin_time = d.pop("begin_time", UNSET)

        _status = d.pop("status", UNSET)
        status: CreateManualBackupBackupStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = open_enum("CreateManualBackupBackup.status", CreateManualBackupBackupStatus, _status)

        _type_ = d.pop("type", UNSET)
        type_: CreateManualBackupBackupType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = open_enum("CreateManualBackupBackup.type", CreateManualBackupBackupType, _type_)

        instance_id = d.pop("instance_id", UNSET)

        create_manual_backup_backup = cls(
            id=id,
            name=name,
            description=description,
            begin_time=begin_time,
            status=status,
            type_=type_,
            instance_id=instance_id,
        )

        create_manual_backup_backup.additional_properties = d
        return create_manual_backup_backup

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
