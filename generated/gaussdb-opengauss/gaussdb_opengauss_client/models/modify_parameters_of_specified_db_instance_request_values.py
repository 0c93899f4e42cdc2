from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import unset_free_repr

T = TypeVar("T", bound="ModifyParametersOfSpecifiedDbInstanceRequestValues")


@unset_free_repr
@_attrs_define
class ModifyParametersOfSpecifiedDbInstanceRequestValues:
    """Parameter values defined by users based on the default parameter templates.

    Example: For **failed_login_attempts: 4**, **failed_login_attempts** indicates the parameter name, and **4**
    indicated the changed parameter value.

    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        modify_parameters_of_specified_db_instance_request_values = cls()

        modify_parameters_of_specified_db_instance_request_values.additional_properties = d
        return modify_parameters_of_specified_db_instance_request_values

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
