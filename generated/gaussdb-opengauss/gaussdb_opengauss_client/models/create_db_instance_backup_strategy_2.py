from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import UNSET, Unset, unset_free_repr

T = TypeVar("T", bound="CreateDbInstanceBackupStrategy2")


@unset_free_repr
@_attrs_define
class CreateDbInstanceBackupStrategy2:
    """backup_strategy field data structure description

    Attributes:
        start_time (str | Unset): Backup time window. The creation of an automated backup will be triggered during the
            backup time window.

            The value cannot be empty. It must be a valid value in the "hh:mm-HH:MM" format. The current time is in the UTC
            format.

            - The **HH** value must be 1 greater than the **hh** value.
            - The values of **mm** and **MM** must be the same and must be set to **00**.

            Example value:

            - 08:00-09:00
            - 23:00-00:00

            If **backup_strategy** in the request body is empty, **02:00-03:00** is returned for **start_time** by default.
        keep_days (int | Unset): Retention days for specific backup files.

            The value ranges from 1 to 732. If the **backup_strategy** field is not specified in the request body,
            **keep_days** in the response body is set to 7 days by default.
    """

    start_time: str | Unset = UNSET
    keep_days: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        keep_days = self.keep_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if keep_days is not UNSET:
            field_dict["keep_days"] = keep_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_time = d.pop("start_time", UNSET)

        keep_days = d.pop("keep_days", UNSET)

        create_db_instance_backup_strategy_2 = cls(
            start_time=start_time,
            keep_days=keep_days,
        )

        create_db_instance_backup_strategy_2.additional_properties = d
        return create_db_instance_backup_strategy_2

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
