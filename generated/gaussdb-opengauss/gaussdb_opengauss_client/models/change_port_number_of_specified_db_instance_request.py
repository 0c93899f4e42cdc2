from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import UNSET, Unset, unset_free_repr

T = TypeVar("T", bound="ChangePortNumberOfSpecifiedDbInstanceRequest")


@unset_free_repr
@_attrs_define
class ChangePortNumberOfSpecifiedDbInstanceRequest:
    """Request body parameters

    Attributes:
        port (int | Unset): Instance port. Value range: **1024** to **39998** (excluding the following which are
            occupied by the system and cannot be used: 2378, 2379, 2380, 4999, 5000, 5999, 6000, 60001, 8097, 8098, 12016,
            12017, 20049, 20050, 21731, 21732, 32122, 32123, and 32124).
    """

    port: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        port = self.port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if port is not UNSET:
            field_dict["port"] = port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        port = d.pop("port", UNSET)

        change_port_number_of_specified_db_instance_request = cls(
            port=port,
        )

        change_port_number_of_specified_db_instance_request.additional_properties = d
        return change_port_number_of_specified_db_instance_request

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
