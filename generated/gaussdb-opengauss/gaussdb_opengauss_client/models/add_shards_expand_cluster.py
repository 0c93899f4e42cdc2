from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import unset_free_repr

if TYPE_CHECKING:
    from ..models.shard import Shard


T = TypeVar("T", bound="AddShardsExpandCluster")


@unset_free_repr
@_attrs_define
class AddShardsExpandCluster:
    """expand_cluster field data structure description

    Attributes:
        shard (Shard): count field data structure description
    """

    shard: Shard
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        shard = self.shard.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shard": shard,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.shard import Shard  # noqa: PLC0415

        d = dict(src_dict)
        shard = Shard.from_dict(d.pop("shard"))

        add_shards_expand_cluster = cls(
            shard=shard,
        )

        add_shards_expand_cluster.additional_properties = d
        return add_shards_expand_cluster

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
