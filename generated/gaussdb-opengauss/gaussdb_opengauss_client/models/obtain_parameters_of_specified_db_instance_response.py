from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import UNSET, Unset, unset_free_repr

if TYPE_CHECKING:
    from ..models.configuration_parameter import ConfigurationParameter


T = TypeVar("T", bound="ObtainParametersOfSpecifiedDbInstanceResponse")


@unset_free_repr
@_attrs_define
class ObtainParametersOfSpecifiedDbInstanceResponse:
    """Parameter description

    Attributes:
        datastore_version (str | Unset): Engine version.
        datastore_name (str | Unset): Engine name.
        created (str | Unset): Creation time in the "yyyy-MM-dd HH:mm:ss" format.
        updated (str | Unset): Update time in the "yyyy-MM-ddHH:mm:ss" format.
        configuration_parameters (list[ConfigurationParameter] | Unset): Parameters defined by users based on the
            default parameter templates. For details, see Table 3.
    """

    datastore_version: str | Unset = UNSET
    datastore_name: str | Unset = UNSET
    created: str | Unset = UNSET
    updated: str | Unset = UNSET
    configuration_parameters: list[ConfigurationParameter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        datastore_version = self.datastore_version

        datastore_name = self.datastore_name

        created = self.created

        updated = self.updated

        configuration_parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.configuration_parameters, Unset):
            configuration_parameters = []
            for configuration_parameters_item_data in self.configuration_parameters:
                configuration_parameters_item = configuration_parameters_item_data.to_dict()
                configuration_parameters.append(configuration_parameters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if datastore_version is not UNSET:
            field_dict["datastore_version"] = datastore_version
        if datastore_name is not UNSET:
            field_dict["datastore_name"] = datastore_name
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if configuration_parameters is not UNSET:
            field_dict["configuration_parameters"] = configuration_parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.configuration_parameter import ConfigurationParameter  # noqa: PLC0415

        d = dict(src_dict)
        datastore_version = d.pop("datastore_version", UNSET)

        datastore_name = d.pop("datastore_name", UNSET)

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        _configuration_parameters = d.pop("configuration_parameters", UNSET)
        configuration_parameters: list[ConfigurationParameter] | Unset = UNSET
        if _configuration_parameters is not UNSET:
            configuration_parameters = []
            for configuration_parameters_item_data in _configuration_parameters:
                configuration_parameters_item = ConfigurationParameter.from_dict(configuration_parameters_item_data)

                configuration_parameters.append(configuration_parameters_item)

        obtain_parameters_of_specified_db_instance_response = cls(
            datastore_version=datastore_version,
            datastore_name=datastore_name,
            created=created,
            updated=updated,
            configuration_parameters=configuration_parameters,
        )

        obtain_parameters_of_specified_db_instance_response.additional_properties = d
        return obtain_parameters_of_specified_db_instance_response

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
