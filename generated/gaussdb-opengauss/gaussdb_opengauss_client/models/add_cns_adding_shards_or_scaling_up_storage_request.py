from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import UNSET, Unset, unset_free_repr

if TYPE_CHECKING:
    from ..models.add_cns_adding_shards_or_scaling_up_storage_expand_cluster import (
        AddCnsAddingShardsOrScalingUpStorageExpandCluster,
    )
    from ..models.enlarge_volume import EnlargeVolume


T = TypeVar("T", bound="AddCnsAddingShardsOrScalingUpStorageRequest")


@unset_free_repr
@_attrs_define
class AddCnsAddingShardsOrScalingUpStorageRequest:
    """Parameter description

    Attributes:
        expand_cluster (AddCnsAddingShardsOrScalingUpStorageExpandCluster | Unset): expand_cluster field data structure
            description
        enlarge_volume (EnlargeVolume | Unset): enlarge_volume field data structure description
    """

    expand_cluster: AddCnsAddingShardsOrScalingUpStorageExpandCluster | Unset = UNSET
    enlarge_volume: EnlargeVolume | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        expand_cluster: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expand_cluster, Unset):
            expand_cluster = self.expand_cluster.to_dict()

        enlarge_volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.enlarge_volume, Unset):
            enlarge_volume = self.enlarge_volume.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expand_cluster is not UNSET:
            field_dict["expand_cluster"] = expand_cluster
        if enlarge_volume is not UNSET:
            field_dict["enlarge_volume"] = enlarge_volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.add_cns_adding_shards_or_scaling_up_storage_expand_cluster import (
            AddCnsAddingShardsOrScalingUpStorageExpandCluster,  # noqa: PLC0415
        )
        from ..models.enlarge_volume import EnlargeVolume  # noqa: PLC0415

        d = dict(src_dict)
        _expand_cluster = d.pop("expand_cluster", UNSET)
        expand_cluster: AddCnsAddingShardsOrScalingUpStorageExpandCluster | Unset
        if isinstance(_expand_cluster, Unset):
            expand_cluster = UNSET
        else:
            expand_cluster = AddCnsAddingShardsOrScalingUpStorageExpandCluster.from_dict(_expand_cluster)

        _enlarge_volume = d.pop("enlarge_volume", UNSET)
        enlarge_volume: EnlargeVolume | Unset
        if isinstance(_enlarge_volume, Unset):
            enlarge_volume = UNSET
        else:
            enlarge_volume = EnlargeVolume.from_dict(_enlarge_volume)

        add_cns_adding_shards_or_scaling_up_storage_request = cls(
            expand_cluster=expand_cluster,
            enlarge_volume=enlarge_volume,
        )

        add_cns_adding_shards_or_scaling_up_storage_request.additional_properties = d
        return add_cns_adding_shards_or_scaling_up_storage_request

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
