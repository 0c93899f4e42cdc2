from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._enums import open_enum
from .._secrets import redacted_repr
from ..models.restore_data_to_new_db_instance_ha_consistency import RestoreDataToNewDbInstanceHaConsistency
from ..models.restore_data_to_new_db_instance_ha_replication_mode import RestoreDataToNewDbInstanceHaReplicationMode
from ..types import UNSET, Unset, unset_free_repr

T = TypeVar("T", bound="RestoreDataToNewDbInstanceHa")


@unset_free_repr
@_attrs_define
class RestoreDataToNewDbInstanceHa:
    """ha field data structure description

    Attributes:
        mode (str | Unset): For distributed instances, the return value is **enterprise** (enterprise edition). For
            primary/standby instances, the return value is **centralization_standard** (primary/standby edition).
        replication_mode (RestoreDataToNewDbInstanceHaReplicationMode | Unset): Replication mode for the standby node.

            Value:

            **sync**.

            Note:

            **sync** indicates synchronous replication.

            Value:

            - **sync**
        consistency (RestoreDataToNewDbInstanceHaConsistency | Unset): (GaussDB reserved parameter) Transaction
            consistency type. The value can be **strong** or **eventual**.

            Value:

            - **strong**
            - **eventual**
    """

    mode: str | Unset = UNSET
    replication_mode: RestoreDataToNewDbInstanceHaReplicationMode | Unset = UNSET
    consistency: RestoreDataToNewDbInstanceHaConsistency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode

        replication_mode: str | Unset = UNSET
        if not isinstance(self.replication_mode, Unset):
            replication_mode = self.replication_mode.value

        consistency: str | Unset = UNSET
        if not isinstance(self.consistency, Unset):
            consistency = self.consistency.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if replication_mode is not UNSET:
            field_dict["replication_mode"] = replication_mode
        if consistency is not UNSET:
            field_dict["consistency"] = consistency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = d.pop("mode", UNSET)

        _replication_mode = d.pop("replication_mode", UNSET)
        replication_mode: RestoreDataToNewDbInstanceHaReplicationMode | Unset
        if isinstance(_replication_mode, Unset):
            replication_mode = UNSET
        else:
            replication_mode = open_enum("RestoreDataToNewDbInstanceHa.replication_mode", RestoreDataToNewDbInstanceHaReplicationMode, _replication_mode)

        _consistency = d.pop("consistency", UNSET)
        consistency: RestoreDataToNewDbInstanceHaConsistency | Unset
        if isinstance(_consistency, Unset):
            consistency = UNSET
        else:
            consistency = open_enum("RestoreDataToNewDbInstanceHa.consistency", RestoreDataToNewDbInstanceHaConsistency, _consistency)

        restore_data_to_new_db_instance_ha = cls(
            mode=mode,
            replication_mode=replication_mode,
            consistency=consistency,
        )

        restore_data_to_new_db_instance_ha.additional_properties = d
        return restore_data_to_new_db_instance_ha

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
