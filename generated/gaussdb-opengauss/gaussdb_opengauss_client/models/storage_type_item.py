from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._enums import open_enum
from .._secrets import redacted_repr
from ..models.storage_type_item_name import StorageTypeItemName
from ..models.storage_type_item_support_compute_group_type_item import StorageTypeItemSupportComputeGroupTypeItem
from ..types import UNSET, Unset, unset_free_repr

if TYPE_CHECKING:
    from ..models.storage_type_item_az_status import StorageTypeItemAzStatus


T = TypeVar("T", bound="StorageTypeItem")


@unset_free_repr
@_attrs_define
class StorageTypeItem:
    """storage_type field data structure description

    Attributes:
        name (StorageTypeItemName | Unset): Storage type. Its value can be:

            **ULTRAHIGH**: indicates the SSD.
        az_status (StorageTypeItemAzStatus | Unset): **key** indicates the AZ ID, and **value** indicates the
            specification status in the AZ. Its value can be any of the following:

            - **normal**: on sale.
            - **unsupported**: not supported.
            - **sellout**: sold out.
        support_compute_group_type (list[StorageTypeItemSupportComputeGroupTypeItem] | Unset): Performance
            specifications. Its value can be any of the following:

            - **normal**: general-enhanced
            - **normal2**: general-enhanced II
            - **armFlavors**: Kunpeng general computing-plus
    """

    name: StorageTypeItemName | Unset = UNSET
    az_status: StorageTypeItemAzStatus | Unset = UNSET
    support_compute_group_type: list[StorageTypeItemSupportComputeGroupTypeItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        name: str | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.value

        az_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.az_status, Unset):
            az_status = self.az_status.to_dict()

        support_compute_group_type: list[str] | Unset = UNSET
        if not isinstance(self.support_compute_group_type, Unset):
            support_compute_group_type = []
            for support_compute_group_type_item_data in self.support_compute_group_type:
                support_compute_group_type_item = support_compute_group_type_item_data.value
                support_compute_group_type.append(support_compute_group_type_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if az_status is not UNSET:
            field_dict["az_status"] = az_status
        if support_compute_group_type is not UNSET:
            field_dict["support_compute_group_type"] = support_compute_group_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.storage_type_item_az_status import StorageTypeItemAzStatus  # noqa: PLC0415

        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: StorageTypeItemName | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = open_enum("StorageTypeItem.name", StorageTypeItemName, _name)

        _az_status = d.pop("az_status", UNSET)
        az_status: StorageTypeItemAzStatus | Unset
        if isinstance(_az_status, Unset):
            az_status = UNSET
        else:
            az_status = StorageTypeItemAzStatus.from_dict(_az_status)

        _support_compute_group_type = d.pop("support_compute_group_type", UNSET)
        support_compute_group_type: list[StorageTypeItemSupportComputeGroupTypeItem] | Unset = UNSET
        if _support_compute_group_type is not UNSET:
            support_compute_group_type = []
            for support_compute_group_type_item_data in _support_compute_group_type:
                support_compute_group_type_item = open_enum("StorageTypeItem.support_compute_group_type", StorageTypeItemSupportComputeGroupTypeItem,
                    support_compute_group_type_item_data
                )

                support_compute_group_type.append(support_compute_group_type_item)

        storage_type_item = cls(
            name=name,
            az_status=az_status,
            support_compute_group_type=support_compute_group_type,
        )

        storage_type_item.additional_properties = d
        return storage_type_item

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
