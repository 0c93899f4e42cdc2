from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._enums import open_enum
from .._secrets import redacted_repr
from ..models.ha_consistency import HaConsistency
from ..models.ha_replication_mode import HaReplicationMode
from ..types import UNSET, Unset, unset_free_repr

T = TypeVar("T", bound="Ha")


@unset_free_repr
@_attrs_define
class Ha:
    """ha field data structure description

    Attributes:
        consistency (HaConsistency | Unset): Transaction consistency type. The value can be **strong** or **eventual**,
            indicating strong consistency and eventual consistency, respectively.
        replication_mode (HaReplicationMode | Unset): Replication mode for the standby node.

            The value cannot be empty.

            The value is **sync**.

            Note:

            **sync** indicates synchronous replication.
    """

    consistency: HaConsistency | Unset = UNSET
    replication_mode: HaReplicationMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        consistency: str | Unset = UNSET
        if not isinstance(self.consistency, Unset):
            consistency = self.consistency.value

        replication_mode: str | Unset = UNSET
        if not isinstance(self.replication_mode, Unset):
            replication_mode = self.replication_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if consistency is not UNSET:
            field_dict["consistency"] = consistency
        if replication_mode is not UNSET:
            field_dict["replication_mode"] = replication_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _consistency = d.pop("consistency", UNSET)
        consistency: HaConsistency | Unset
        if isinstance(_consistency, Unset):
            consistency = UNSET
        else:
            consistency = open_enum("Ha.consistency", HaConsistency, _consistency)

        _replication_mode = d.pop("replication_mode", UNSET)
        replication_mode: HaReplicationMode | Unset
        if isinstance(_replication_mode, Unset):
            replication_mode = UNSET
        else:
            replication_mode = open_enum("Ha.replication_mode", HaReplicationMode, _replication_mode)

        ha = cls(
            consistency=consistency,
            replication_mode=replication_mode,
        )

        ha.additional_properties = d
        return ha

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
