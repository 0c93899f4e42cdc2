from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import UNSET, Unset, unset_free_repr

if TYPE_CHECKING:
    from ..models.query_components_of_db_instance_node import QueryComponentsOfDbInstanceNode


T = TypeVar("T", bound="QueryComponentsOfDbInstanceResponse")


@unset_free_repr
@_attrs_define
class QueryComponentsOfDbInstanceResponse:
    """Parameter description

    Attributes:
        nodes (list[QueryComponentsOfDbInstanceNode] | Unset): Component details.

            For details, see Table 3.
        total_count (int | Unset): Total number of records.
    """

    nodes: list[QueryComponentsOfDbInstanceNode] | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = nodes_item_data.to_dict()
                nodes.append(nodes_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.query_components_of_db_instance_node import QueryComponentsOfDbInstanceNode  # noqa: PLC0415

        d = dict(src_dict)
        _nodes = d.pop("nodes", UNSET)
        nodes: list[QueryComponentsOfDbInstanceNode] | Unset = UNSET
        if _nodes is not UNSET:
            nodes = []
            for nodes_item_data in _nodes:
                nodes_item = QueryComponentsOfDbInstanceNode.from_dict(nodes_item_data)

                nodes.append(nodes_item)

        total_count = d.pop("total_count", UNSET)

        query_components_of_db_instance_response = cls(
            nodes=nodes,
            total_count=total_count,
        )

        query_components_of_db_instance_response.additional_properties = d
        return query_components_of_db_instance_response

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
