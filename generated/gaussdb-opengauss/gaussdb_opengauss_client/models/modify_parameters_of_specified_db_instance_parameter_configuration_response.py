from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import UNSET, Unset, unset_free_repr

T = TypeVar("T", bound="ModifyParametersOfSpecifiedDbInstanceParameterConfigurationResponse")


@unset_free_repr
@_attrs_define
class ModifyParametersOfSpecifiedDbInstanceParameterConfigurationResponse:
    """Parameter description

    Attributes:
        restart_required (bool | Unset): Whether a reboot is required.

            - **true**: A reboot is required.
            - **false**: A reboot is not required.
    """

    restart_required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        restart_required = self.restart_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if restart_required is not UNSET:
            field_dict["restart_required"] = restart_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        restart_required = d.pop("restart_required", UNSET)

        modify_parameters_of_specified_db_instance_parameter_configuration_response = cls(
            restart_required=restart_required,
        )

        modify_parameters_of_specified_db_instance_parameter_configuration_response.additional_properties = d
        return modify_parameters_of_specified_db_instance_parameter_configuration_response

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
