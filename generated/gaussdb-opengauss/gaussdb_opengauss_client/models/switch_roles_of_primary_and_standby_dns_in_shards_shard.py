from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import unset_free_repr

T = TypeVar("T", bound="SwitchRolesOfPrimaryAndStandbyDnsInShardsShard")


@unset_free_repr
@_attrs_define
class SwitchRolesOfPrimaryAndStandbyDnsInShardsShard:
    """shards parameter description

    Attributes:
        node_id (str): ID of the node where the standby DN to be promoted to primary is deployed.
        component_id (str): ID of the standby DN to be promoted to primary. It contains up to 7 characters. It cannot be
            null, an empty string or spaces. Before verifying and using it, spaces are automatically filtered out. The value
            contains at least three types of the following: uppercase letters, lowercase letters, digits, and underscores
            (_). For details about how to obtain the component ID, see Querying the Components of a DB Instance.
    """

    node_id: str
    component_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        node_id = self.node_id

        component_id = self.component_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "node_id": node_id,
                "component_id": component_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        node_id = d.pop("node_id")

        component_id = d.pop("component_id")

        switch_roles_of_primary_and_standby_dns_in_shards_shard = cls(
            node_id=node_id,
            component_id=component_id,
        )

        switch_roles_of_primary_and_standby_dns_in_shards_shard.additional_properties = d
        return switch_roles_of_primary_and_standby_dns_in_shards_shard

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
