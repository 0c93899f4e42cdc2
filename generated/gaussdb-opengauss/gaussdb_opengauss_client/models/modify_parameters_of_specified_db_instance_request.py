from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import unset_free_repr

if TYPE_CHECKING:
    from ..models.modify_parameters_of_specified_db_instance_request_values import (
        ModifyParametersOfSpecifiedDbInstanceRequestValues,
    )


T = TypeVar("T", bound="ModifyParametersOfSpecifiedDbInstanceRequest")


@unset_free_repr
@_attrs_define
class ModifyParametersOfSpecifiedDbInstanceRequest:
    """Parameter description

    Attributes:
        values (ModifyParametersOfSpecifiedDbInstanceRequestValues): Parameter values defined by users based on the
            default parameter templates.

            Example: For **failed_login_attempts: 4**, **failed_login_attempts** indicates the parameter name, and **4**
            indicated the changed parameter value.
    """

    values: ModifyParametersOfSpecifiedDbInstanceRequestValues
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
        from ..models.modify_parameters_of_specified_db_instance_request_values import (
            ModifyParametersOfSpecifiedDbInstanceRequestValues,  # noqa: PLC0415
        )

        d = dict(src_dict)
        values = ModifyParametersOfSpecifiedDbInstanceRequestValues.from_dict(d.pop("values"))

        modify_parameters_of_specified_db_instance_request = cls(
            values=values,
        )

        modify_parameters_of_specified_db_instance_request.additional_properties = d
        return modify_parameters_of_specified_db_instance_request

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
