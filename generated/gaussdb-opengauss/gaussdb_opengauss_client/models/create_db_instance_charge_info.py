from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._enums import open_enum
from .._secrets import redacted_repr
from ..models.create_db_instance_charge_info_charge_mode import CreateDbInstanceChargeInfoChargeMode
from ..types import UNSET, Unset, unset_free_repr

T = TypeVar("T", bound="CreateDbInstanceChargeInfo")


@unset_free_repr
@_attrs_define
class CreateDbInstanceChargeInfo:
    """charge_Info field data structure description

    Attributes:
        charge_mode (CreateDbInstanceChargeInfoChargeMode | Unset): Billing mode. The value can only be **postPaid**.
    """

    charge_mode: CreateDbInstanceChargeInfoChargeMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        charge_mode: str | Unset = UNSET
        if not isinstance(self.charge_mode, Unset):
            charge_mode = self.charge_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charge_mode is not UNSET:
            field_dict["charge_mode"] = charge_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _charge_mode = d.pop("charge_mode", UNSET)
        charge_mode: CreateDbInstanceChargeInfoChargeMode | Unset
        if isinstance(_charge_mode, Unset):
            charge_mode = UNSET
        else:
            charge_mode = open_enum("CreateDbInstanceChargeInfo.charge_mode", CreateDbInstanceChargeInfoChargeMode, _charge_mode)

        create_db_instance_charge_info = cls(
            charge_mode=charge_mode,
        )

        create_db_instance_charge_info.additional_properties = d
        return create_db_instance_charge_info

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
