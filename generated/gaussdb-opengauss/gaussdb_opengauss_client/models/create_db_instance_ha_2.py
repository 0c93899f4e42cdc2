from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._enums import open_enum
from .._secrets import redacted_repr
from ..models.create_db_instance_ha_2_consistency import CreateDbInstanceHa2Consistency
from ..models.create_db_instance_ha_2_consistency_protocol import CreateDbInstanceHa2ConsistencyProtocol
from ..models.create_db_instance_ha_2_replication_mode import CreateDbInstanceHa2ReplicationMode
from ..types import UNSET, Unset, unset_free_repr

T = TypeVar("T", bound="CreateDbInstanceHa2")


@unset_free_repr
@_attrs_define
class CreateDbInstanceHa2:
    """ha field data structure description

    Attributes:
        mode (str | Unset): Distributed deployment. The value can be **enterprise** (Enterprise Edition). It is case-
            insensitive.
        replication_mode (CreateDbInstanceHa2ReplicationMode | Unset): Replication mode for the standby node.

            Value:

            **sync**.

            Note:

            **sync** indicates synchronous replication.
        consistency (CreateDbInstanceHa2Consistency | Unset): (GaussDB reserved parameter) Transaction consistency type.
            The value can be **strong** or **eventual**.
        consistency_protocol (CreateDbInstanceHa2ConsistencyProtocol | Unset): Replica consistency protocol. Value:
            **quorum** (default value) or **paxos**
    """

    mode: str | Unset = UNSET
    replication_mode: CreateDbInstanceHa2ReplicationMode | Unset = UNSET
    consistency: CreateDbInstanceHa2Consistency | Unset = UNSET
    consistency_protocol: CreateDbInstanceHa2ConsistencyProtocol | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode

        replication_mode: str | Unset = UNSET
        if not isinstance(self.replication_mode, Unset):
            replication_mode = self.replication_mode.value

        consistency: str | Unset = UNSET
        if not isinstance(self.consistency, Unset):
            consistency = self.consistency.value

        consistency_protocol: str | Unset = UNSET
        if not isinstance(self.consistency_protocol, Unset):
            consistency_protocol = self.consistency_protocol.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if replication_mode is not UNSET:
            field_dict["replication_mode"] = replication_mode
        if consistency is not UNSET:
            field_dict["consistency"] = consistency
        if consistency_protocol is not UNSET:
            field_dict["consistency_protocol"] = consistency_protocol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = d.pop("mode", UNSET)

        _replication_mode = d.pop("replication_mode", UNSET)
        replication_mode: CreateDbInstanceHa2ReplicationMode | Unset
        if isinstance(_replication_mode, Unset):
            replication_mode = UNSET
        else:
            replication_mode = open_enum("CreateDbInstanceHa2.replication_mode", CreateDbInstanceHa2ReplicationMode, _replication_mode)

        _consistency = d.pop("consistency", UNSET)
        consistency: CreateDbInstanceHa2Consistency | Unset
        if isinstance(_consistency, Unset):
            consistency = UNSET
        else:
            consistency = open_enum("CreateDbInstanceHa2.consistency", CreateDbInstanceHa2Consistency, _consistency)

        _consistency_protocol = d.pop("consistency_protocol", UNSET)
        consistency_protocol: CreateDbInstanceHa2ConsistencyProtocol | Unset
        if isinstance(_consistency_protocol, Unset):
            consistency_protocol = UNSET
        else:
            consistency_protocol = open_enum("CreateDbInstanceHa2.consistency_protocol", CreateDbInstanceHa2ConsistencyProtocol, _consistency_protocol)

        create_db_instance_ha_2 = cls(
            mode=mode,
            replication_mode=replication_mode,
            consistency=consistency,
            consistency_protocol=consistency_protocol,
        )

        create_db_instance_ha_2.additional_properties = d
        return create_db_instance_ha_2

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
