from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import UNSET, Unset, unset_free_repr

if TYPE_CHECKING:
    from ..models.restore_data_to_new_db_instance_instance import RestoreDataToNewDbInstanceInstance


T = TypeVar("T", bound="RestoreDataToNewDbInstanceResponse")


@unset_free_repr
@_attrs_define
class RestoreDataToNewDbInstanceResponse:
    """Parameter description

    Attributes:
        instance (RestoreDataToNewDbInstanceInstance | Unset): instance description
        job_id (str | Unset): Task ID for restoring data to a new DB instance.
    """

    instance: RestoreDataToNewDbInstanceInstance | Unset = UNSET
    job_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        instance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance, Unset):
            instance = self.instance.to_dict()

        job_id = self.job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance is not UNSET:
            field_dict["instance"] = instance
        if job_id is not UNSET:
            field_dict["job_id"] = job_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.restore_data_to_new_db_instance_instance import RestoreDataToNewDbInstanceInstance  # noqa: PLC0415

        d = dict(src_dict)
        _instance = d.pop("instance", UNSET)
        instance: RestoreDataToNewDbInstanceInstance | Unset
        if isinstance(_instance, Unset):
            instance = UNSET
        else:
            instance = RestoreDataToNewDbInstanceInstance.from_dict(_instance)

        job_id = d.pop("job_id", UNSET)

        restore_data_to_new_db_instance_response = cls(
            instance=instance,
            job_id=job_id,
        )

        restore_data_to_new_db_instance_response.additional_properties = d
        return restore_data_to_new_db_instance_response

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
