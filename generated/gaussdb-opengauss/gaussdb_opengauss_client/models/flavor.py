from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._enums import open_enum
from .._secrets import redacted_repr
from ..models.flavor_group_type import FlavorGroupType
from ..types import UNSET, Unset, unset_free_repr

if TYPE_CHECKING:
    from ..models.flavor_az_status import FlavorAzStatus


T = TypeVar("T", bound="Flavor")


@unset_free_repr
@_attrs_define
class Flavor:
    """flavors description

    Attributes:
        vcpus (str | Unset): Number of vCPUs.
        ram (str | Unset): Memory size in GB.
        spec_code (str | Unset): Resource specification code. For details, see DB Instance Specifications.
        availability_zone (list[str] | Unset): AZ supported by the specifications.
        az_status (FlavorAzStatus | Unset): **key** indicates the AZ ID, and **value** indicates the specification
            status in the AZ. Its value can be any of the following:

            - **normal**: available.
            - **unsupported**: indicates that the specifications are not supported by the AZ.
            - **sellout**: indicates that the specifications in the AZ are sold out.
        version (str | Unset): DB engine version supported by the specifications.
        name (str | Unset): DB engine.
        group_type (FlavorGroupType | Unset): Performance specifications. Its value can be any of the following:

            - **normal**: general-enhanced
            - **normal2**: general-enhanced II
            - **armFlavors**: Kunpeng general-enhanced
    """

    vcpus: str | Unset = UNSET
    ram: str | Unset = UNSET
    spec_code: str | Unset = UNSET
    availability_zone: list[str] | Unset = UNSET
    az_status: FlavorAzStatus | Unset = UNSET
    version: str | Unset = UNSET
    name: str | Unset = UNSET
    group_type: FlavorGroupType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        vcpus = self.vcpus

        ram = self.ram

        spec_code = self.spec_code

        availability_zone: list[str] | Unset = UNSET
        if not isinstance(self.availability_zone, Unset):
            availability_zone = self.availability_zone

        az_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.az_status, Unset):
            az_status = self.az_status.to_dict()

        version = self.version

        name = self.name

        group_type: str | Unset = UNSET
        if not isinstance(self.group_type, Unset):
            group_type = self.group_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vcpus is not UNSET:
            field_dict["vcpus"] = vcpus
        if ram is not UNSET:
            field_dict["ram"] = ram
        if spec_code is not UNSET:
            field_dict["spec_code"] = spec_code
        if availability_zone is not UNSET:
            field_dict["availability_zone"] = availability_zone
        if az_status is not UNSET:
            field_dict["az_status"] = az_status
        if version is not UNSET:
            field_dict["version"] = version
        if name is not UNSET:
            field_dict["name"] = name
        if group_type is not UNSET:
            field_dict["group_type"] = group_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flavor_az_status import FlavorAzStatus  # noqa: PLC0415

        d = dict(src_dict)
        vcpus = d.pop("vcpus", UNSET)

        ram = d.pop("ram", UNSET)

        spec_code = d.pop("spec_code", UNSET)

        availability_zone = cast(list[str], d.pop("availability_zone", UNSET))

        _az_status = d.pop("az_status", UNSET)
        az_status: FlavorAzStatus | Unset
        if isinstance(_az_status, Unset):
            az_status = UNSET
        else:
            az_status = FlavorAzStatus.from_dict(_az_status)

        version = d.pop("version", UNSET)

        name = d.pop("name", UNSET)

        _group_type = d.pop("group_type", UNSET)
        group_type: FlavorGroupType | Unset
        if isinstance(_group_type, Unset):
            group_type = UNSET
        else:
            group_type = open_enum("Flavor.group_type", FlavorGroupType, _group_type)

        flavor = cls(
            vcpus=vcpus,
            ram=ram,
            spec_code=spec_code,
            availability_zone=availability_zone,
            az_status=az_status,
            version=version,
            name=name,
            group_type=group_type,
        )

        flavor.additional_properties = d
        return flavor

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
