from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import unset_free_repr

if TYPE_CHECKING:
    from ..models.enlarge_volume import EnlargeVolume


T = TypeVar("T", bound="ScaleUpStorageSpaceOfDbInstanceRequest")


@unset_free_repr
@_attrs_define
class ScaleUpStorageSpaceOfDbInstanceRequest:
    """Parameter description

    Attributes:
        enlarge_volume (EnlargeVolume): enlarge_volume field data structure description
    """

    enlarge_volume: EnlargeVolume
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        enlarge_volume = self.enlarge_volume.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enlarge_volume": enlarge_volume,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.enlarge_volume import EnlargeVolume  # noqa: PLC0415

        d = dict(src_dict)
        enlarge_volume = EnlargeVolume.from_dict(d.pop("enlarge_volume"))

        scale_up_storage_space_of_db_instance_request = cls(
            enlarge_volume=enlarge_volume,
        )

        scale_up_storage_space_of_db_instance_request.additional_properties = d
        return scale_up_storage_space_of_db_instance_request

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
