from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import UNSET, Unset, unset_free_repr

if TYPE_CHECKING:
    from ..models.storage_type_item import StorageTypeItem


T = TypeVar("T", bound="QueryDatabaseDiskTypeResponse")


@unset_free_repr
@_attrs_define
class QueryDatabaseDiskTypeResponse:
    """Parameter description

    Attributes:
        storage_type (list[StorageTypeItem] | Unset): Storage type information.

            For details, see Table 3.
    """

    storage_type: list[StorageTypeItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        storage_type: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.storage_type, Unset):
            storage_type = []
            for storage_type_item_data in self.storage_type:
                storage_type_item = storage_type_item_data.to_dict()
                storage_type.append(storage_type_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if storage_type is not UNSET:
            field_dict["storage_type"] = storage_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.storage_type_item import StorageTypeItem  # noqa: PLC0415

        d = dict(src_dict)
        _storage_type = d.pop("storage_type", UNSET)
        storage_type: list[StorageTypeItem] | Unset = UNSET
        if _storage_type is not UNSET:
            storage_type = []
            for storage_type_item_data in _storage_type:
                storage_type_item = StorageTypeItem.from_dict(storage_type_item_data)

                storage_type.append(storage_type_item)

        query_database_disk_type_response = cls(
            storage_type=storage_type,
        )

        query_database_disk_type_response.additional_properties = d
        return query_database_disk_type_response

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
