from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._enums import open_enum
from .._secrets import redacted_repr
from ..models.configuration_parameter_type import ConfigurationParameterType
from ..types import UNSET, Unset, unset_free_repr

T = TypeVar("T", bound="ConfigurationParameter")


@unset_free_repr
@_attrs_define
class ConfigurationParameter:
    """configuration_parameters field data structure description

    Attributes:
        name (str | Unset): Parameter name.
        value (str | Unset): Parameter value.
        restart_required (bool | Unset): Whether a reboot is required after the parameter is modified.
        value_range (str | Unset): Parameter value range.
        type_ (ConfigurationParameterType | Unset): Parameter type. The value can be **string**, **integer**,
            **boolean**, **list**, or **float**.

            Value:

            - **string**
            - **integer**
            - **boolean**
            - **list**
            - **float**
        description (str | Unset): Parameter description.
    """

    name: str | Unset = UNSET
    value: str | Unset = UNSET
    restart_required: bool | Unset = UNSET
    value_range: str | Unset = UNSET
    type_: ConfigurationParameterType | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        restart_required = self.restart_required

        value_range = self.value_range

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
        if restart_required is not UNSET:
            field_dict["restart_required"] = restart_required
        if value_range is not UNSET:
            field_dict["value_range"] = value_range
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        value = d.pop("value", UNSET)

        restart_required = d.pop("restart_required", UNSET)

        value_range = d.pop("value_range", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ConfigurationParameterType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = open_enum("ConfigurationParameter.type", ConfigurationParameterType, _type_)

        description = d.pop("description", UNSET)

        configuration_parameter = cls(
            name=name,
            value=value,
            restart_required=restart_required,
            value_range=value_range,
            type_=type_,
            description=description,
        )

        configuration_parameter.additional_properties = d
        return configuration_parameter

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
