from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import UNSET, Unset, unset_free_repr

if TYPE_CHECKING:
    from ..models.query_version_information_of_api_version import QueryVersionInformationOfApiVersion


T = TypeVar("T", bound="QueryVersionInformationOfApiResponse")


@unset_free_repr
@_attrs_define
class QueryVersionInformationOfApiResponse:
    """Parameter description

    Attributes:
        version (QueryVersionInformationOfApiVersion | Unset): version field data structure description
    """

    version: QueryVersionInformationOfApiVersion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.query_version_information_of_api_version import QueryVersionInformationOfApiVersion  # noqa: PLC0415

        d = dict(src_dict)
        _version = d.pop("version", UNSET)
        version: QueryVersionInformationOfApiVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = QueryVersionInformationOfApiVersion.from_dict(_version)

        query_version_information_of_api_response = cls(
            version=version,
        )

        query_version_information_of_api_response.additional_properties = d
        return query_version_information_of_api_response

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
