from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import unset_free_repr

T = TypeVar("T", bound="ChangeDbInstanceNameRequest")


@unset_free_repr
@_attrs_define
class ChangeDbInstanceNameRequest:
    """Parameter description

    Attributes:
        name (str): DB instance name. Instances of the same type can have same names under the same tenant.

            The name must consist of 4 to 64 characters and start with a letter. It can contain only letters (case-
            sensitive), digits, hyphens (-), and underscores (_).
    """

    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        change_db_instance_name_request = cls(
            name=name,
        )

        change_db_instance_name_request.additional_properties = d
        return change_db_instance_name_request

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
