from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._enums import open_enum
from .._secrets import redacted_repr
from ..models.create_db_instance_datastore_2_type import CreateDbInstanceDatastore2Type
from ..types import UNSET, Unset, unset_free_repr

T = TypeVar("T", bound="CreateDbInstanceDatastore2")


@unset_free_repr
@_attrs_define
class CreateDbInstanceDatastore2:
    """datastore field data structure description

    Attributes:
        type_ (CreateDbInstanceDatastore2Type | Unset): DB engine. Value:

            GaussDB
        version (str | Unset): DB engine version.
    """

    type_: CreateDbInstanceDatastore2Type | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: CreateDbInstanceDatastore2Type | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = open_enum("CreateDbInstanceDatastore2.type", CreateDbInstanceDatastore2Type, _type_)

        version = d.pop("version", UNSET)

        create_db_instance_datastore_2 = cls(
            type_=type_,
            version=version,
        )

        create_db_instance_datastore_2.additional_properties = d
        return create_db_instance_datastore_2

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
