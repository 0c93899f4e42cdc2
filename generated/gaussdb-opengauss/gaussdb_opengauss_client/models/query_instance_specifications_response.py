from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import UNSET, Unset, unset_free_repr

if TYPE_CHECKING:
    from ..models.flavor import Flavor


T = TypeVar("T", bound="QueryInstanceSpecificationsResponse")


@unset_free_repr
@_attrs_define
class QueryInstanceSpecificationsResponse:
    """Parameter description

    Attributes:
        flavors (list[Flavor] | Unset): Specification details.

            For details, see Table 3.
        total (int | Unset): Total number of records.
    """

    flavors: list[Flavor] | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        flavors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.flavors, Unset):
            flavors = []
            for flavors_item_data in self.flavors:
                flavors_item = flavors_item_data.to_dict()
                flavors.append(flavors_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flavors is not UNSET:
            field_dict["flavors"] = flavors
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flavor import Flavor  # noqa: PLC0415

        d = dict(src_dict)
        _flavors = d.pop("flavors", UNSET)
        flavors: list[Flavor] | Unset = UNSET
        if _flavors is not UNSET:
            flavors = []
            for flavors_item_data in _flavors:
                flavors_item = Flavor.from_dict(flavors_item_data)

                flavors.append(flavors_item)

        total = d.pop("total", UNSET)

        query_instance_specifications_response = cls(
            flavors=flavors,
            total=total,
        )

        query_instance_specifications_response.additional_properties = d
        return query_instance_specifications_response

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
