from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import UNSET, Unset, unset_free_repr

T = TypeVar("T", bound="Configuration")


@unset_free_repr
@_attrs_define
class Configuration:
    """configurations field data structure description

    Attributes:
        id (str | Unset): Parameter template ID.
        name (str | Unset): Parameter template name.
        description (str | Unset): Parameter template description.
        datastore_version (str | Unset): Engine version.
        datastore_name (str | Unset): Engine name.
        ha_mode (str | Unset): Instance type.
        created (str | Unset): Creation time in the "yyyy-MM-dd HH:mm:ss" format.
        updated (str | Unset): Update time in the "yyyy-MM-dd HH:mm:ss" format.
        user_defined (bool | Unset): Whether the parameter template is a custom template.

            - **false**: The parameter template is a default template.
            - **true**: The parameter template is a custom template.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    datastore_version: str | Unset = UNSET
    datastore_name: str | Unset = UNSET
    ha_mode: str | Unset = UNSET
    created: str | Unset = UNSET
    updated: str | Unset = UNSET
    user_defined: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        datastore_version = self.datastore_version

        datastore_name = self.datastore_name

        ha_mode = self.ha_mode

        created = self.created

        updated = self.updated

        user_defined = self.user_defined

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if datastore_version is not UNSET:
            field_dict["datastore_version"] = datastore_version
        if datastore_name is not UNSET:
            field_dict["datastore_name"] = datastore_name
        if ha_mode is not UNSET:
            field_dict["ha_mode"] = ha_mode
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if user_defined is not UNSET:
            field_dict["user_defined"] = user_defined

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        datastore_version = d.pop("datastore_version", UNSET)

        datastore_name = d.pop("datastore_name", UNSET)

        ha_mode = d.pop("ha_mode", UNSET)

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        user_defined = d.pop("user_defined", UNSET)

        configuration = cls(
            id=id,
            name=name,
            description=description,
            datastore_version=datastore_version,
            datastore_name=datastore_name,
            ha_mode=ha_mode,
            created=created,
            updated=updated,
            user_defined=user_defined,
        )

        configuration.additional_properties = d
        return configuration

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
