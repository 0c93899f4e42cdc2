from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import UNSET, Unset, unset_free_repr

if TYPE_CHECKING:
    from ..models.configuration import Configuration


T = TypeVar("T", bound="ObtainParameterTemplatesResponse")


@unset_free_repr
@_attrs_define
class ObtainParameterTemplatesResponse:
    """Parameter description

    Attributes:
        configurations (list[Configuration] | Unset): Parameter template information. For details, see Table 3.
        count (int | Unset): Total number of records.
    """

    configurations: list[Configuration] | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        configurations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.configurations, Unset):
            configurations = []
            for configurations_item_data in self.configurations:
                configurations_item = configurations_item_data.to_dict()
                configurations.append(configurations_item)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if configurations is not UNSET:
            field_dict["configurations"] = configurations
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.configuration import Configuration  # noqa: PLC0415

        d = dict(src_dict)
        _configurations = d.pop("configurations", UNSET)
        configurations: list[Configuration] | Unset = UNSET
        if _configurations is not UNSET:
            configurations = []
            for configurations_item_data in _configurations:
                configurations_item = Configuration.from_dict(configurations_item_data)

                configurations.append(configurations_item)

        count = d.pop("count", UNSET)

        obtain_parameter_templates_response = cls(
            configurations=configurations,
            count=count,
        )

        obtain_parameter_templates_response.additional_properties = d
        return obtain_parameter_templates_response

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
