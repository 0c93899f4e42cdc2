from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import unset_free_repr

if TYPE_CHECKING:
    from ..models.modify_parameters_of_specified_db_instance_parameter_configuration_request_values import (
        ModifyParametersOfSpecifiedDbInstanceParameterConfigurationRequestValues,
    )


T = TypeVar("T", bound="ModifyParametersOfSpecifiedDbInstanceParameterConfigurationRequest")


@unset_free_repr
@_attrs_define
class ModifyParametersOfSpecifiedDbInstanceParameterConfigurationRequest:
    """Parameter description

    Attributes:
        values (ModifyParametersOfSpecifiedDbInstanceParameterConfigurationRequestValues): Parameter values defined by
            users based on a default parameter template For details, see Table 3.
    """

    values: ModifyParametersOfSpecifiedDbInstanceParameterConfigurationRequestValues
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        values = self.values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.modify_parameters_of_specified_db_instance_parameter_configuration_request_values import (
            ModifyParametersOfSpecifiedDbInstanceParameterConfigurationRequestValues,  # noqa: PLC0415
        )

        d = dict(src_dict)
        values = ModifyParametersOfSpecifiedDbInstanceParameterConfigurationRequestValues.from_dict(d.pop("values"))

        modify_parameters_of_specified_db_instance_parameter_configuration_request = cls(
            values=values,
        )

        modify_parameters_of_specified_db_instance_parameter_configuration_request.additional_properties = d
        return modify_parameters_of_specified_db_instance_parameter_configuration_request

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
