from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import unset_free_repr

if TYPE_CHECKING:
    from ..models.coordinator import Coordinator


T = TypeVar("T", bound="ExpandCluster")


@unset_free_repr
@_attrs_define
class ExpandCluster:
    """expand_cluster field data structure description

    Attributes:
        coordinators (list[Coordinator]): For details, see Table 4.
    """

    coordinators: list[Coordinator]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        coordinators = []
        for coordinators_item_data in self.coordinators:
            coordinators_item = coordinators_item_data.to_dict()
            coordinators.append(coordinators_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coordinators": coordinators,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coordinator import Coordinator  # noqa: PLC0415

        d = dict(src_dict)
        coordinators = []
        _coordinators = d.pop("coordinators")
        for coordinators_item_data in _coordinators:
            coordinators_item = Coordinator.from_dict(coordinators_item_data)

            coordinators.append(coordinators_item)

        expand_cluster = cls(
            coordinators=coordinators,
        )

        expand_cluster.additional_properties = d
        return expand_cluster

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
