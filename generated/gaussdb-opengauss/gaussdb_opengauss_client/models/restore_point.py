from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._enums import open_enum
from .._secrets import redacted_repr
from ..models.restore_point_type import RestorePointType
from ..types import UNSET, Unset, unset_free_repr

T = TypeVar("T", bound="RestorePoint")


@unset_free_repr
@_attrs_define
class RestorePoint:
    """restore_point field data structure description

    Attributes:
        instance_id (str): Source instance ID.
        backup_id (str | Unset): ID of the backup to be restored.
        type_ (RestorePointType | Unset): Restoration type. Value:

            - **backup**: indicates data is restored using backups. In this mode, **type** is optional and **backup_id** is
            mandatory.
            - **timestamp**: indicates data is restored using point-in-time recovery (PITR). In this mode, **type** and
            **restore_time** are both mandatory.

            Value:

            - **backup**
            - **timestamp**
        restore_time (int | Unset): Time point of data restoration in the UNIX timestamp format. The unit is millisecond
            and the time zone is UTC.
    """

    instance_id: str
    backup_id: str | Unset = UNSET
    type_: RestorePointType | Unset = UNSET
    restore_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        instance_id = self.instance_id

        backup_id = self.backup_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        restore_time = self.restore_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instance_id": instance_id,
            }
        )
        if backup_id is not UNSET:
            field_dict["backup_id"] = backup_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if restore_time is not UNSET:
            field_dict["restore_time"] = restore_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_id = d.pop("instance_id")

        backup_id = d.pop("backup_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: RestorePointType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = open_enum("RestorePoint.type", RestorePointType, _type_)

        restore_time = d.pop("restore_time", UNSET)

        restore_point = cls(
            instance_id=instance_id,
            backup_id=backup_id,
            type_=type_,
            restore_time=restore_time,
        )

        restore_point.additional_properties = d
        return restore_point

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
