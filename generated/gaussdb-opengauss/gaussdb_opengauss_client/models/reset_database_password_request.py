from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import unset_free_repr

T = TypeVar("T", bound="ResetDatabasePasswordRequest")


@unset_free_repr
@_attrs_define
class ResetDatabasePasswordRequest:
    """Parameter description

    Attributes:
        password (str): Password for user **root**. The password must:

            - Consist of 8 to 32 characters.
            - Contain at least three types of the following characters:

              Uppercase letters, lowercase letters, digits, and special characters `~! @# %^*-_=+?,`
            - Support weak password verification.
    """

    password: str = _attrs_field(repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password = d.pop("password")

        reset_database_password_request = cls(
            password=password,
        )

        reset_database_password_request.additional_properties = d
        return reset_database_password_request

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
