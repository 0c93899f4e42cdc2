from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import unset_free_repr

if TYPE_CHECKING:
    from ..models.recycle_policy import RecyclePolicy


T = TypeVar("T", bound="ModifyRecyclingPolicyRequest")


@unset_free_repr
@_attrs_define
class ModifyRecyclingPolicyRequest:
    """Parameter description

    Attributes:
        recycle_policy (RecyclePolicy): recycle_policy field data structure description
    """

    recycle_policy: RecyclePolicy
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        recycle_policy = self.recycle_policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recycle_policy": recycle_policy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recycle_policy import RecyclePolicy  # noqa: PLC0415

        d = dict(src_dict)
        recycle_policy = RecyclePolicy.from_dict(d.pop("recycle_policy"))

        modify_recycling_policy_request = cls(
            recycle_policy=recycle_policy,
        )

        modify_recycling_policy_request.additional_properties = d
        return modify_recycling_policy_request

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
