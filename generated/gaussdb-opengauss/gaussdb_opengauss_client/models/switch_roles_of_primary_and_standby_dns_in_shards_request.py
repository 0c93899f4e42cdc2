from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import unset_free_repr

if TYPE_CHECKING:
    from ..models.switch_roles_of_primary_and_standby_dns_in_shards_shard import (
        SwitchRolesOfPrimaryAndStandbyDnsInShardsShard,
    )


T = TypeVar("T", bound="SwitchRolesOfPrimaryAndStandbyDnsInShardsRequest")


@unset_free_repr
@_attrs_define
class SwitchRolesOfPrimaryAndStandbyDnsInShardsRequest:
    """Parameter description

    Attributes:
        shards (list[SwitchRolesOfPrimaryAndStandbyDnsInShardsShard]): Nodes. You can switch standby DNs of multiple
            shards to primary DNs. The node information is the node IDs and component IDs of shards whose standby DNs are
            promoted to primary. For details, see Table 3.
    """

    shards: list[SwitchRolesOfPrimaryAndStandbyDnsInShardsShard]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        shards = []
        for shards_item_data in self.shards:
            shards_item = shards_item_data.to_dict()
            shards.append(shards_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shards": shards,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.switch_roles_of_primary_and_standby_dns_in_shards_shard import (
            SwitchRolesOfPrimaryAndStandbyDnsInShardsShard,  # noqa: PLC0415
        )

        d = dict(src_dict)
        shards = []
        _shards = d.pop("shards")
        for shards_item_data in _shards:
            shards_item = SwitchRolesOfPrimaryAndStandbyDnsInShardsShard.from_dict(shards_item_data)

            shards.append(shards_item)

        switch_roles_of_primary_and_standby_dns_in_shards_request = cls(
            shards=shards,
        )

        switch_roles_of_primary_and_standby_dns_in_shards_request.additional_properties = d
        return switch_roles_of_primary_and_standby_dns_in_shards_request

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
