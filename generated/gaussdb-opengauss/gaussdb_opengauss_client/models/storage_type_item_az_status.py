from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import unset_free_repr

T = TypeVar("T", bound="StorageTypeItemAzStatus")


@unset_free_repr
@_attrs_define
class StorageTypeItemAzStatus:
    """**key** indicates the AZ ID, and **value** indicates the specification status in the AZ. Its value can be any of the
    following:

    - **normal**: on sale.
    - **unsupported**: not supported.
    - **sellout**: sold out.

    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        storage_type_item_az_status = cls()

        storage_type_item_az_status.additional_properties = d
        return storage_type_item_az_status

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
