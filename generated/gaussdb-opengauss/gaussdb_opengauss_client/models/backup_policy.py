from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import UNSET, Unset, unset_free_repr

if TYPE_CHECKING:
    from ..models.table_list_item import TableListItem


T = TypeVar("T", bound="BackupPolicy")


@unset_free_repr
@_attrs_define
class BackupPolicy:
    """backup_policy field data structure description

    Attributes:
        keep_days (int | Unset): Full backup retention days. Value: **1** to **732**

            Minimum value: **1**

            Maximum value: **732**
        start_time (str | Unset): Full backup time window. The creation of an automated backup will be triggered during
            the backup time window. The value must be a valid value in the "hh:mm-HH:MM" format. The current time is in the
            UTC format.

            - The **HH** value must be 1 greater than the **hh** value.
            - The values of **mm** and **MM** must be the same and must be set to **00**.
        period (str | Unset): Full backup period. Data will be automatically backed up on the selected days every week.

            The value is a number separated by commas (,), indicating the days of the week.
        differential_period (int | Unset): Differential backup period. An automated differential backup will be
            performed on the specified minutes.
        rate_limit (int | Unset): Upload speed at which data is uploaded to OBS. **0 MB/s** indicates that the speed is
            not limited. The upload speed is related to the bandwidth.
        prefetch_block (int | Unset): Number of prefetch pages from the modified pages in the disk table file during a
            differential backup. When modified pages are adjacent (for example, with a bulk data load), you can set this
            parameter to a large value. When modified pages are scattered (for example, random update), you can set this
            parameter to a small value. The default value is **64**.
        file_split_size (int | Unset): Size by which full and differential backup files are split, in GB. The value is
            from **0** to **1024**, but it must be a multiple of 4. The default value is **4**. **0** indicates the size is
            not limited.
        enable_standby_backup (bool | Unset): Whether to enable backup on a standby node.

            Value: **true** or **false**
        table_list (list[TableListItem] | Unset): Table-level backup information. For details, see Table 4.
    """

    keep_days: int | Unset = UNSET
    start_time: str | Unset = UNSET
    period: str | Unset = UNSET
    differential_period: int | Unset = UNSET
    rate_limit: int | Unset = UNSET
    prefetch_block: int | Unset = UNSET
    file_split_size: int | Unset = UNSET
    enable_standby_backup: bool | Unset = UNSET
    table_list: list[TableListItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        keep_days = self.keep_days

        start_time = self.start_time

        period = self.period

        differential_period = self.differential_period

        rate_limit = self.rate_limit

        prefetch_block = self.prefetch_block

        file_split_size = self.file_split_size

        enable_standby_backup = self.enable_standby_backup

        table_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.table_list, Unset):
            table_list = []
            for table_list_item_data in self.table_list:
                table_list_item = table_list_item_data.to_dict()
                table_list.append(table_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keep_days is not UNSET:
            field_dict["keep_days"] = keep_days
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if period is not UNSET:
            field_dict["period"] = period
        if differential_period is not UNSET:
            field_dict["differential_period"] = differential_period
        if rate_limit is not UNSET:
            field_dict["rate_limit"] = rate_limit
        if prefetch_block is not UNSET:
            field_dict["prefetch_block"] = prefetch_block
        if file_split_size is not UNSET:
            field_dict["file_split_size"] = file_split_size
        if enable_standby_backup is not UNSET:
            field_dict["enable_standby_backup"] = enable_standby_backup
        if table_list is not UNSET:
            field_dict["table_list"] = table_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.table_list_item import TableListItem  # noqa: PLC0415

        d = dict(src_dict)
        keep_days = d.pop("keep_days", UNSET)

        start_time = d.pop("start_time", UNSET)

        period = d.pop("period", UNSET)

        differential_period = d.pop("differential_period", UNSET)

        rate_limit = d.pop("rate_limit", UNSET)

        prefetch_block = d.pop("prefetch_block", UNSET)

        file_split_size = d.pop("file_split_size", UNSET)

        enable_standby_backup = d.pop("enable_standby_backup", UNSET)

        _table_list = d.pop("table_list", UNSET)
        table_list: list[TableListItem] | Unset = UNSET
        if _table_list is not UNSET:
            table_list = []
            for table_list_item_data in _table_list:
                table_list_item = TableListItem.from_dict(table_list_item_data)

                table_list.append(table_list_item)

        backup_policy = cls(
            keep_days=keep_days,
            start_time=start_time,
            period=period,
            differential_period=differential_period,
            rate_limit=rate_limit,
            prefetch_block=prefetch_block,
            file_split_size=file_split_size,
            enable_standby_backup=enable_standby_backup,
            table_list=table_list,
        )

        backup_policy.additional_properties = d
        return backup_policy

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
