from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import unset_free_repr

T = TypeVar("T", bound="RecyclePolicy")


@unset_free_repr
@_attrs_define
class RecyclePolicy:
    """recycle_policy field data structure description

    Attributes:
        retention_period_in_days (int): Deleted instance retention period.

            Value range: **1** to **7**.
    """

    retention_period_in_days: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        retention_period_in_days = self.retention_period_in_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "retention_period_in_days": retention_period_in_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        retention_period_in_days = d.pop("retention_period_in_days")

        recycle_policy = cls(
            retention_period_in_days=retention_period_in_days,
        )

        recycle_policy.additional_properties = d
        return recycle_policy

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
