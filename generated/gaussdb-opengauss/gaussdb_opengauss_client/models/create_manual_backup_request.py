from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import UNSET, Unset, unset_free_repr

T = TypeVar("T", bound="CreateManualBackupRequest")


@unset_free_repr
@_attrs_define
class CreateManualBackupRequest:
    """Parameter description

    Attributes:
        instance_id (str): DB instance ID.
        name (str): Backup name. It must contain 4 to 64 characters and start with a letter. Only letters (case-
            sensitive), digits, hyphens (-), and underscores (_) are allowed.

            Minimum characters: **4**

            Maximum characters: **64**
        description (str | Unset): Backup description. It contains up to 256 characters and cannot contain the following
            special characters: >!<"&'=

            Maximum characters: **256**
    """

    instance_id: str
    name: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        instance_id = self.instance_id

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instance_id": instance_id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_id = d.pop("instance_id")

        name = d.pop("name")

        description = d.pop("description", UNSET)

        create_manual_backup_request = cls(
            instance_id=instance_id,
            name=name,
            description=description,
        )

        create_manual_backup_request.additional_properties = d
        return create_manual_backup_request

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
