from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import UNSET, Unset, unset_free_repr

T = TypeVar("T", bound="InstanceInfo")


@unset_free_repr
@_attrs_define
class InstanceInfo:
    """instance_info field data structure description

    Attributes:
        instance_id (str | Unset): DB instance ID.
        instance_name (str | Unset): DB instance name.
        instance_status (str | Unset): Instance status.
    """

    instance_id: str | Unset = UNSET
    instance_name: str | Unset = UNSET
    instance_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        instance_id = self.instance_id

        instance_name = self.instance_name

        instance_status = self.instance_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id
        if instance_name is not UNSET:
            field_dict["instance_name"] = instance_name
        if instance_status is not UNSET:
            field_dict["instance_status"] = instance_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_id = d.pop("instance_id", UNSET)

        instance_name = d.pop("instance_name", UNSET)

        instance_status = d.pop("instance_status", UNSET)

        instance_info = cls(
            instance_id=instance_id,
            instance_name=instance_name,
            instance_status=instance_status,
        )

        instance_info.additional_properties = d
        return instance_info

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
