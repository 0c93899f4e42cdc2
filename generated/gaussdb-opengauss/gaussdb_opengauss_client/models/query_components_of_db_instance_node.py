from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import UNSET, Unset, unset_free_repr

if TYPE_CHECKING:
    from ..models.component import Component


T = TypeVar("T", bound="QueryComponentsOfDbInstanceNode")


@unset_free_repr
@_attrs_define
class QueryComponentsOfDbInstanceNode:
    """nodes description

    Attributes:
        id (str | Unset): Node ID.
        components (list[Component] | Unset): Component information under the instance node. For details, see Table 4.
        name (str | Unset): Node name.
        availability_zone_id (str | Unset): Code of the AZ where the node is located.
        description (str | Unset): AZ description.
        status (str | Unset): Node status.
    """

    id: str | Unset = UNSET
    components: list[Component] | Unset = UNSET
    name: str | Unset = UNSET
    availability_zone_id: str | Unset = UNSET
    description: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = []
            for components_item_data in self.components:
                components_item = components_item_data.to_dict()
                components.append(components_item)

        name = self.name

        availability_zone_id = self.availability_zone_id

        description = self.description

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if components is not UNSET:
            field_dict["components"] = components
        if name is not UNSET:
            field_dict["name"] = name
        if availability_zone_id is not UNSET:
            field_dict["availability_zone_id"] = availability_zone_id
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.component import Component  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _components = d.pop("components", UNSET)
        components: list[Component] | Unset = UNSET
        if _components is not UNSET:
            components = []
            for components_item_data in _components:
                components_item = Component.from_dict(components_item_data)

                components.append(components_item)

        name = d.pop("name", UNSET)

        availability_zone_id = d.pop("availability_zone_id", UNSET)

        description = d.pop("description", UNSET)

        status = d.pop("status", UNSET)

        query_components_of_db_instance_node = cls(
            id=id,
            components=components,
            name=name,
            availability_zone_id=availability_zone_id,
            description=description,
            status=status,
        )

        query_components_of_db_instance_node.additional_properties = d
        return query_components_of_db_instance_node

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
