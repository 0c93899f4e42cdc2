from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import unset_free_repr

if TYPE_CHECKING:
    from ..models.add_shards_expand_cluster import AddShardsExpandCluster


T = TypeVar("T", bound="AddShardsRequest")


@unset_free_repr
@_attrs_define
class AddShardsRequest:
    """
    Attributes:
        expand_cluster (AddShardsExpandCluster): expand_cluster field data structure description
    """

    expand_cluster: AddShardsExpandCluster
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        expand_cluster = self.expand_cluster.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expand_cluster": expand_cluster,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.add_shards_expand_cluster import AddShardsExpandCluster  # noqa: PLC0415

        d = dict(src_dict)
        expand_cluster = AddShardsExpandCluster.from_dict(d.pop("expand_cluster"))

        add_shards_request = cls(
            expand_cluster=expand_cluster,
        )

        add_shards_request.additional_properties = d
        return add_shards_request

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
