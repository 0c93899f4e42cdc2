from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._enums import open_enum
from .._secrets import redacted_repr
from ..models.backup_status import BackupStatus
from ..models.backup_type import BackupType
from ..types import UNSET, Unset, unset_free_repr

if TYPE_CHECKING:
    from ..models.datastore import Datastore


T = TypeVar("T", bound="Backup")


@unset_free_repr
@_attrs_define
class Backup:
    """backups field data structure description

    Attributes:
        id (str | Unset): Backup ID.
        name (str | Unset): Backup name.
        description (str | Unset): Description of the backup file.
        begin_time (str | Unset): Backup start time in the "yyyy-mm-ddThh:mm:ssZ" format. **T** is the separator between
            the calendar and the hourly notation of time. **Z** indicates the time zone offset.
        end_time (str | Unset): Backup end time in the "yyyy-mm-ddThh:mm:ssZ" format. **T** is the separator between the
            calendar and the hourly notation of time. **Z** indicates the time zone offset.
        status (BackupStatus | Unset): Backup status.

            Value:

            - **BUILDING**: Backup in progress
            - **COMPLETED**: Backup completed
            - **FAILED**: Backup failed
        size (float | Unset): Backup size in MB.
        type_ (BackupType | Unset): Backup type.

            Value:

            - **auto**: automated full backup
            - **manual**: manual full backup
        datastore (Datastore | Unset): datastore field data structure description
        instance_id (str | Unset): DB instance ID.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    begin_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    status: BackupStatus | Unset = UNSET
    size: float | Unset = UNSET
    type_: BackupType | Unset = UNSET
    datastore: Datastore | Unset = UNSET
    instance_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        begin_time = self.begin_time

        end_time = self.end_time

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        size = self.size

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        datastore: dict[str, Any] | Unset = UNSET
        if not isinstance(self.datastore, Unset):
            datastore = self.datastore.to_dict()

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
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if status is not UNSET:
            field_dict["status"] = status
        if size is not UNSET:
            field_dict["size"] = size
        if type_ is not UNSET:
            field_dict["type"] = type_
        if datastore is not UNSET:
            field_dict["datastore"] = datastore
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.datastore import Datastore  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        begin_time = d.pop("begin_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        _status = d.pop("status", UNSET)
        status: BackupStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = open_enum("Backup.status", BackupStatus, _status)

        size = d.pop("size", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: BackupType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = open_enum("Backup.type", BackupType, _type_)

        _datastore = d.pop("datastore", UNSET)
        datastore: Datastore | Unset
        if isinstance(_datastore, Unset):
            datastore = UNSET
        else:
            datastore = Datastore.from_dict(_datastore)

        instance_id = d.pop("instance_id", UNSET)

        backup = cls(
            id=id,
            name=name,
            description=description,
            begin_time=begin_time,
            end_time=end_time,
            status=status,
            size=size,
            type_=type_,
            datastore=datastore,
            instance_id=instance_id,
        )

        backup.additional_properties = d
        return backup

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
