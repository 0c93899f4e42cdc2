from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import UNSET, Unset, unset_free_repr

if TYPE_CHECKING:
    from ..models.restore_time_item import RestoreTimeItem


T = TypeVar("T", bound="QueryRestorationTimeRangeResponse")


@unset_free_repr
@_attrs_define
class QueryRestorationTimeRangeResponse:
    """Parameter description

    Attributes:
        restore_time (list[RestoreTimeItem] | Unset): Restoration time ranges.

            For details, see Table 3.
    """

    restore_time: list[RestoreTimeItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        restore_time: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.restore_time, Unset):
            restore_time = []
            for restore_time_item_data in self.restore_time:
                restore_time_item = restore_time_item_data.to_dict()
                restore_time.append(restore_time_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if restore_time is not UNSET:
            field_dict["restore_time"] = restore_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.restore_time_item import RestoreTimeItem  # noqa: PLC0415

        d = dict(src_dict)
        _restore_time = d.pop("restore_time", UNSET)
        restore_time: list[RestoreTimeItem] | Unset = UNSET
        if _restore_time is not UNSET:
            restore_time = []
            for restore_time_item_data in _restore_time:
                restore_time_item = RestoreTimeItem.from_dict(restore_time_item_data)

                restore_time.append(restore_time_item)

        query_restoration_time_range_response = cls(
            restore_time=restore_time,
        )

        query_restoration_time_range_response.additional_properties = d
        return query_restoration_time_range_response

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
