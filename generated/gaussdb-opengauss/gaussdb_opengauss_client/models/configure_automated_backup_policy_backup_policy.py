from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._enums import open_enum
from .._secrets import redacted_repr
from ..models.configure_automated_backup_policy_backup_policy_differential_period import (
    ConfigureAutomatedBackupPolicyBackupPolicyDifferentialPeriod,
)
from ..types import UNSET, Unset, unset_free_repr

T = TypeVar("T", bound="ConfigureAutomatedBackupPolicyBackupPolicy")


@unset_free_repr
@_attrs_define
class ConfigureAutomatedBackupPolicyBackupPolicy:
    """backup_policy field data structure description

    Attributes:
        keep_days (int): Backup retention days

            The value ranges from 1 to 732.
        start_time (str): Backup time window. The creation of an automated backup will be triggered during the backup
            time window.

            The value cannot be empty. It must be a valid value in the "hh:mm-HH:MM" format. The current time is in the UTC
            format.

            The value of **HH** must be 1 greater than the value of **hh**. The values of **mm** and **MM** must be the same
            and must be **00**.

            Example value:

            21:00-22:00
        period (str): Full backup period. An automated full backup will be created on the specified days of the week.

            The value is a number separated by commas (,), indicating the days of the week. For example, **1,2,3,4**
            indicates that the backup period is Monday, Tuesday, Wednesday, and Thursday.
        differential_period (ConfigureAutomatedBackupPolicyBackupPolicyDifferentialPeriod): Differential backup
            interval. Interval for automatic differential backup.

            Its value can be **15**, **30**, **60**, **180**, **360**, **720**, or **1440**. The unit is minute.

            Example value: 30
        rate_limit (int | Unset): Upload speed at which data is uploaded to OBS. **0 MB/s** indicates that the speed is
            not limited. The upload speed is related to the bandwidth.

            Value range: **0**`-`**1024**

            Minimum value: **0**
        prefetch_block (int | Unset): Number of prefetch pages from the modified pages in the disk table file during a
            differential backup. When modified pages are adjacent (for example, with a bulk data load), you can set this
            parameter to a large value. When modified pages are scattered (for example, random update), you can set this
            parameter to a small value. The default value is **64**.

            Value: **1** to **8192**

            Minimum value: **1**.

            Maximum value: **8192**
        file_split_size (int | Unset): Size by which full and differential backup files are split, in GB. The value is
            from **0** to **1024**, but it must be a multiple of 4. The default value is **4**. **0** indicates the size is
            not limited.

            Value range: **0**`-`**1024**

            Minimum value: **0**

            Maximum value: **1024**
        filesplit_size (int | Unset): Size by which full and differential backup files are split. Deprecated field.
            Leave it blank.
        enable_standby_backup (bool | Unset): Whether to enable backup on a standby node. (It is not suitable for
            single-node instances and instances earlier than 3.100.0.)
    """

    keep_days: int
    start_time: str
    period: str
    differential_period: ConfigureAutomatedBackupPolicyBackupPolicyDifferentialPeriod
    rate_limit: int | Unset = UNSET
    prefetch_block: int | Unset = UNSET
    file_split_size: int | Unset = UNSET
    filesplit_size: int | Unset = UNSET
    enable_standby_backup: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        keep_days = self.keep_days

        start_time = self.start_time

        period = self.period

        differential_period = self.differential_period.value

        rate_limit = self.rate_limit

        prefetch_block = self.prefetch_block

        file_split_size = self.file_split_size

        filesplit_size = self.filesplit_size

        enable_standby_backup = self.enable_standby_backup

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keep_days": keep_days,
                "start_time": start_time,
                "period": period,
                "differential_period": differential_period,
            }
        )
        if rate_limit is not UNSET:
            field_dict["rate_limit"] = rate_limit
        if prefetch_block is not UNSET:
            field_dict["prefetch_block"] = prefetch_block
        if file_split_size is not UNSET:
            field_dict["file_split_size"] = file_split_size
        if filesplit_size is not UNSET:
            field_dict["filesplit_size"] = filesplit_size
        if enable_standby_backup is not UNSET:
            field_dict["enable_standby_backup"] = enable_standby_backup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        keep_days = d.pop("keep_days")

        start_time = d.pop("start_time")

        period = d.pop("period")

        differential_period = open_enum("ConfigureAutomatedBackupPolicyBackupPolicy.differential_period", ConfigureAutomatedBackupPolicyBackupPolicyDifferentialPeriod, d.pop("differential_period"))

        rate_limit = d.pop("rate_limit", UNSET)

        prefetch_block = d.pop("prefetch_block", UNSET)

        file_split_size = d.pop("file_split_size", UNSET)

        filesplit_size = d.pop("filesplit_size", UNSET)

        enable_standby_backup = d.pop("enable_standby_backup", UNSET)

        configure_automated_backup_policy_backup_policy = cls(
            keep_days=keep_days,
            start_time=start_time,
            period=period,
            differential_period=differential_period,
            rate_limit=rate_limit,
            prefetch_block=prefetch_block,
            file_split_size=file_split_size,
            filesplit_size=filesplit_size,
            enable_standby_backup=enable_standby_backup,
        )

        configure_automated_backup_policy_backup_policy.additional_properties = d
        return configure_automated_backup_policy_backup_policy

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
