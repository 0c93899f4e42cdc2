from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import unset_free_repr

if TYPE_CHECKING:
    from ..models.configure_automated_backup_policy_backup_policy import ConfigureAutomatedBackupPolicyBackupPolicy


T = TypeVar("T", bound="ConfigureAutomatedBackupPolicyRequest")


@unset_free_repr
@_attrs_define
class ConfigureAutomatedBackupPolicyRequest:
    """Parameter description

    Attributes:
        backup_policy (ConfigureAutomatedBackupPolicyBackupPolicy): backup_policy field data structure description
    """

    backup_policy: ConfigureAutomatedBackupPolicyBackupPolicy
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        backup_policy = self.backup_policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "backup_policy": backup_policy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.configure_automated_backup_policy_backup_policy import ConfigureAutomatedBackupPolicyBackupPolicy  # noqa: PLC0415

        d = dict(src_dict)
        backup_policy = ConfigureAutomatedBackupPolicyBackupPolicy.from_dict(d.pop("backup_policy"))

        configure_automated_backup_policy_request = cls(
            backup_policy=backup_policy,
        )

        configure_automated_backup_policy_request.additional_properties = d
        return configure_automated_backup_policy_request

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
