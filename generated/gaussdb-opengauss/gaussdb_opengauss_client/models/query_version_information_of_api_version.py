from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._enums import open_enum
from .._secrets import redacted_repr
from ..models.query_version_information_of_api_version_status import QueryVersionInformationOfApiVersionStatus
from ..types import UNSET, Unset, unset_free_repr

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="QueryVersionInformationOfApiVersion")


@unset_free_repr
@_attrs_define
class QueryVersionInformationOfApiVersion:
    """version field data structure description

    Attributes:
        id (str | Unset): Backup time window. The creation of an automated backup will be triggered during the backup
            time window.

            The time is in the UTC format.
        links (list[Link] | Unset): API link information.

            For details, see Table 4.

            Note:

            If the version is v3 adn v 3.1, the value is **[]**.
        status (QueryVersionInformationOfApiVersionStatus | Unset): Version status.

            The value is **CURRENT**, indicating that the version has been released.

            **SUPPORTED**: The version is an earlier version, but it is still supported.

            **DEPRECATED**: The version is a deprecated version, which may be deleted later.
        version (str | Unset): Subversion information of the API version.
        min_version (str | Unset): Minimum API version number.
        updated (datetime.datetime | Unset): Version update time.

            The format is yyyy-mm-ddThh:mm:ssZ.

            **T** is the separator between the calendar and the hourly notation of time. **Z** indicates the UTC.
    """

    id: str | Unset = UNSET
    links: list[Link] | Unset = UNSET
    status: QueryVersionInformationOfApiVersionStatus | Unset = UNSET
    version: str | Unset = UNSET
    min_version: str | Unset = UNSET
    updated: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        version = self.version

        min_version = self.min_version

        updated: str | Unset = UNSET
        if not isinstance(self.updated, Unset):
            updated = self.updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if links is not UNSET:
            field_dict["links"] = links
        if status is not UNSET:
            field_dict["status"] = status
        if version is not UNSET:
            field_dict["version"] = version
        if min_version is not UNSET:
            field_dict["min_version"] = min_version
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link import Link  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = Link.from_dict(links_item_data)

                links.append(links_item)

        _status = d.pop("status", UNSET)
        status: QueryVersionInformationOfApiVersionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = open_enum("QueryVersionInformationOfApiVersion.status", QueryVersionInformationOfApiVersionStatus, _status)

        version = d.pop("version", UNSET)

        min_version = d.pop("min_version", UNSET)

        _updated = d.pop("updated", UNSET)
        updated: datetime.datetime | Unset
        if isinstance(_updated, Unset):
            updated = UNSET
        else:
            updated = datetime.datetime.fromisoformat(_updated)

        query_version_information_of_api_version = cls(
            id=id,
            links=links,
            status=status,
            version=version,
            min_version=min_version,
            updated=updated,
        )

        query_version_information_of_api_version.additional_properties = d
        return query_version_information_of_api_version

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
