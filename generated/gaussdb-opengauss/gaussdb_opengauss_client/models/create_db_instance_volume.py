from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._enums import open_enum
from .._secrets import redacted_repr
from ..models.create_db_instance_volume_type import CreateDbInstanceVolumeType
from ..types import unset_free_repr

T = TypeVar("T", bound="CreateDbInstanceVolume")


@unset_free_repr
@_attrs_define
class CreateDbInstanceVolume:
    """volume field data structure description

    Attributes:
        type_ (CreateDbInstanceVolumeType): Disk type.

            The value can only be **ULTRAHIGH** (case-sensitive), indicating SSD.
        size (int): Storage. For example, if this parameter is set to **40**, 40 GB of storage is allocated to the
            created instance.

            ECS deployment: The value must be a multiple of (Number of shards x 40 GB), ranging from (Number of shards x 40
            GB) to (Number of shards x 16 TB).
    """

    type_: CreateDbInstanceVolumeType
    size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "size": size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = open_enum("CreateDbInstanceVolume.type", CreateDbInstanceVolumeType, d.pop("type"))

        size = d.pop("size")

        create_db_instance_volume = cls(
            type_=type_,
            size=size,
        )

        create_db_instance_volume.additional_properties = d
        return create_db_instance_volume

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
