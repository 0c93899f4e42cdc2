from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._enums import open_enum
from .._secrets import redacted_repr
from ..models.create_db_instance_ha_replication_mode import CreateDbInstanceHaReplicationMode
from ..types import unset_free_repr

T = TypeVar("T", bound="CreateDbInstanceHa")


@unset_free_repr
@_attrs_define
class CreateDbInstanceHa:
    """ha field data structure description

    Attributes:
        mode (str): Deployment model. Its value is **enterprise** for distributed instances and
            **centralization_standard** for primary/standby instances. It is case-insensitive.
        consistency (str): Transaction consistency type. The value can be **strong** or **eventual** and is case-
            insensitive.
        replication_mode (CreateDbInstanceHaReplicationMode): Replication mode for the standby node.

            Value:

            **sync**

            Note:

            **sync** indicates synchronous replication.
    """

    mode: str
    consistency: str
    replication_mode: CreateDbInstanceHaReplicationMode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode

        consistency = self.consistency

        replication_mode = self.replication_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
                "consistency": consistency,
                "replication_mode": replication_mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = d.pop("mode")

        consistency = d.pop("consistency")

        replication_mode = open_enum("CreateDbInstanceHa.replication_mode", CreateDbInstanceHaReplicationMode, d.pop("replication_mode"))

        create_db_instance_ha = cls(
            mode=mode,
            consistency=consistency,
            replication_mode=replication_mode,
        )

        create_db_instance_ha.additional_properties = d
        return create_db_instance_ha

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
