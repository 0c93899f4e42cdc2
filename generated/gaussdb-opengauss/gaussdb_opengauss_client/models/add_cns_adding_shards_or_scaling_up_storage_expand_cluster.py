from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import UNSET, Unset, unset_free_repr

if TYPE_CHECKING:
    from ..models.add_cns_adding_shards_or_scaling_up_storage_coordinator import (
        AddCnsAddingShardsOrScalingUpStorageCoordinator,
    )
    from ..models.add_cns_adding_shards_or_scaling_up_storage_shard import AddCnsAddingShardsOrScalingUpStorageShard


T = TypeVar("T", bound="AddCnsAddingShardsOrScalingUpStorageExpandCluster")


@unset_free_repr
@_attrs_define
class AddCnsAddingShardsOrScalingUpStorageExpandCluster:
    """expand_cluster field data structure description

    Attributes:
        coordinators (list[AddCnsAddingShardsOrScalingUpStorageCoordinator] | Unset): This parameter is mandatory for
            adding CNs. For details, see Table 4.
        shard (AddCnsAddingShardsOrScalingUpStorageShard | Unset): shard parameter description
    """

    coordinators: list[AddCnsAddingShardsOrScalingUpStorageCoordinator] | Unset = UNSET
    shard: AddCnsAddingShardsOrScalingUpStorageShard | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        coordinators: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.coordinators, Unset):
            coordinators = []
            for coordinators_item_data in self.coordinators:
                coordinators_item = coordinators_item_data.to_dict()
                coordinators.append(coordinators_item)

        shard: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shard, Unset):
            shard = self.shard.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if coordinators is not UNSET:
            field_dict["coordinators"] = coordinators
        if shard is not UNSET:
            field_dict["shard"] = shard

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.add_cns_adding_shards_or_scaling_up_storage_coordinator import (
            AddCnsAddingShardsOrScalingUpStorageCoordinator,  # noqa: PLC0415
        )
        from ..models.add_cns_adding_shards_or_scaling_up_storage_shard import AddCnsAddingShardsOrScalingUpStorageShard  # noqa: PLC0415

        d = dict(src_dict)
        _coordinators = d.pop("coordinators", UNSET)
        coordinators: list[AddCnsAddingShardsOrScalingUpStorageCoordinator] | Unset = UNSET
        if _coordinators is not UNSET:
            coordinators = []
            for coordinators_item_data in _coordinators:
                coordinators_item = AddCnsAddingShardsOrScalingUpStorageCoordinator.from_dict(coordinators_item_data)

                coordinators.append(coordinators_item)

        _shard = d.pop("shard", UNSET)
        shard: AddCnsAddingShardsOrScalingUpStorageShard | Unset
        if isinstance(_shard, Unset):
            shard = UNSET
        else:
            shard = AddCnsAddingShardsOrScalingUpStorageShard.from_dict(_shard)

        add_cns_adding_shards_or_scaling_up_storage_expand_cluster = cls(
            coordinators=coordinators,
            shard=shard,
        )

        add_cns_adding_shards_or_scaling_up_storage_expand_cluster.additional_properties = d
        return add_cns_adding_shards_or_scaling_up_storage_expand_cluster

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
