from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import UNSET, Unset, unset_free_repr

if TYPE_CHECKING:
    from ..models.backup_policy import BackupPolicy


T = TypeVar("T", bound="QueryAutomatedBackupPolicyResponse")


@unset_free_repr
@_attrs_define
class QueryAutomatedBackupPolicyResponse:
    """Parameter description

    Attributes:
        backup_policy (BackupPolicy | Unset): backup_policy field data structure description
    """

    backup_policy: BackupPolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        backup_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backup_policy, Unset):
            backup_policy = self.backup_policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if backup_policy is not UNSET:
            field_dict["backup_policy"] = backup_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.backup_policy import BackupPolicy  # noqa: PLC0415

        d = dict(src_dict)
        _backup_policy = d.pop("backup_policy", UNSET)
        backup_policy: BackupPolicy | Unset
        if isinstance(_backup_policy, Unset):
            backup_policy = UNSET
        else:
            backup_policy = BackupPolicy.from_dict(_backup_policy)

        query_automated_backup_policy_response = cls(
            backup_policy=backup_policy,
        )

        query_automated_backup_policy_response.additional_properties = d
        return query_automated_backup_policy_response

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
