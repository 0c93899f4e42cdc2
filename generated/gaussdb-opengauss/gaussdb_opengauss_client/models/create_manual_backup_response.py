from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import UNSET, Unset, unset_free_repr

if TYPE_CHECKING:
    from ..models.create_manual_backup_backup import CreateManualBackupBackup


T = TypeVar("T", bound="CreateManualBackupResponse")


@unset_free_repr
@_attrs_define
class CreateManualBackupResponse:
    """Response body parameters

    Attributes:
        backup (CreateManualBackupBackup | Unset): backup field data structure description
        job_id (str | Unset): Task ID.
    """

    backup: CreateManualBackupBackup | Unset = UNSET
    job_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        backup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backup, Unset):
            backup = self.backup.to_dict()

        job_id = self.job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if backup is not UNSET:
            field_dict["backup"] = backup
        if job_id is not UNSET:
            field_dict["job_id"] = job_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_manual_backup_backup import CreateManualBackupBackup  # noqa: PLC0415

        d = dict(src_dict)
        _backup = d.pop("backup", UNSET)
        backup: CreateManualBackupBackup | Unset
        if isinstance(_backup, Unset):
            backup = UNSET
        else:
            backup = CreateManualBackupBackup.from_dict(_backup)

        job_id = d.pop("job_id", UNSET)

        create_manual_backup_response = cls(
            backup=backup,
            job_id=job_id,
        )

        create_manual_backup_response.additional_properties = d
        return create_manual_backup_response

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
