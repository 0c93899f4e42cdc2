from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import UNSET, Unset, unset_free_repr

if TYPE_CHECKING:
    from ..models.create_db_instance_backup_strategy_2 import CreateDbInstanceBackupStrategy2
    from ..models.create_db_instance_charge_info import CreateDbInstanceChargeInfo
    from ..models.create_db_instance_datastore_2 import CreateDbInstanceDatastore2
    from ..models.create_db_instance_ha_2 import CreateDbInstanceHa2
    from ..models.create_db_instance_volume_2 import CreateDbInstanceVolume2


T = TypeVar("T", bound="CreateDbInstanceInstance")


@unset_free_repr
@_attrs_define
class CreateDbInstanceInstance:
    """instance description

    Attributes:
        id (str | Unset): Instance ID.
        name (str | Unset): Instance name. Instances of the same type can have same names under the same tenant.

            The value must consist of 4 to 64 characters and starts with a letter. It is case-insensitive and contains only
            letters, digits, hyphens (-), and underscores (_).
        status (str | Unset): Instance status. For example, **BUILD** indicates that the instance is being created.
        datastore (CreateDbInstanceDatastore2 | Unset): datastore field data structure description
        ha (CreateDbInstanceHa2 | Unset): ha field data structure description
        replica_num (int | Unset): Number of replicas.
        port (str | Unset): Database port, which is the same as the request parameter.
        backup_strategy (CreateDbInstanceBackupStrategy2 | Unset): backup_strategy field data structure description
        flavor_ref (str | Unset): Specification code. The value cannot be empty. For details on how to obtain the
            GaussDB specification code, see DB Instance Specifications.
        volume (CreateDbInstanceVolume2 | Unset): volume field data structure description
        region (str | Unset): Region ID.
        availability_zone (str | Unset): AZ ID.
        vpc_id (str | Unset): VPC ID.
        subnet_id (str | Unset): Network ID of the subnet.
        security_group_id (str | Unset): Security group to which the instance belongs.
        charge_info (CreateDbInstanceChargeInfo | Unset): charge_Info field data structure description
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    status: str | Unset = UNSET
    datastore: CreateDbInstanceDatastore2 | Unset = UNSET
    ha: CreateDbInstanceHa2 | Unset = UNSET
    replica_num: int | Unset = UNSET
    port: str | Unset = UNSET
    backup_strategy: CreateDbInstanceBackupStrategy2 | Unset = UNSET
    flavor_ref: str | Unset = UNSET
    volume: CreateDbInstanceVolume2 | Unset = UNSET
    region: str | Unset = UNSET
    availability_zone: str | Unset = UNSET
    vpc_id: str | Unset = UNSET
    subnet_id: str | Unset = UNSET
    security_group_id: str | Unset = UNSET
    charge_info: CreateDbInstanceChargeInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = self.status

        datastore: dict[str, Any] | Unset = UNSET
        if not isinstance(self.datastore, Unset):
            datastore = self.datastore.to_dict()

        ha: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ha, Unset):
            ha = self.ha.to_dict()

        replica_num = self.replica_num

        port = self.port

        backup_strategy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backup_strategy, Unset):
            backup_strategy = self.backup_strategy.to_dict()

        flavor_ref = self.flavor_ref

        volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.volume, Unset):
            volume = self.volume.to_dict()

        region = self.region

        availability_zone = self.availability_zone

        vpc_id = self.vpc_id

        subnet_id = self.subnet_id

        security_group_id = self.security_group_id

        charge_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.charge_info, Unset):
            charge_info = self.charge_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if datastore is not UNSET:
            field_dict["datastore"] = datastore
        if ha is not UNSET:
            field_dict["ha"] = ha
        if replica_num is not UNSET:
            field_dict["replica_num"] = replica_num
        if port is not UNSET:
            field_dict["port"] = port
        if backup_strategy is not UNSET:
            field_dict["backup_strategy"] = backup_strategy
        if flavor_ref is not UNSET:
            field_dict["flavor_ref"] = flavor_ref
        if volume is not UNSET:
            field_dict["volume"] = volume
        if region is not UNSET:
            field_dict["region"] = region
        if availability_zone is not UNSET:
            field_dict["availability_zone"] = availability_zone
        if vpc_id is not UNSET:
            field_dict["vpc_id"] = vpc_id
        if subnet_id is not UNSET:
            field_dict["subnet_id"] = subnet_id
        if security_group_id is not UNSET:
            field_dict["security_group_id"] = security_group_id
        if charge_info is not UNSET:
            field_dict["charge_info"] = charge_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_db_instance_backup_strategy_2 import CreateDbInstanceBackupStrategy2  # noqa: PLC0415
        from ..models.create_db_instance_charge_info import CreateDbInstanceChargeInfo  # noqa: PLC0415
        from ..models.create_db_instance_datastore_2 import CreateDbInstanceDatastore2  # noqa: PLC0415
        from ..models.create_db_instance_ha_2 import CreateDbInstanceHa2  # noqa: PLC0415
        from ..models.create_db_instance_volume_2 import CreateDbInstanceVolume2  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        status = d.pop("status", UNSET)

        _datastore = d.pop("datastore", UNSET)
        datastore: CreateDbInstanceDatastore2 | Unset
        if isinstance(_datastore, Unset):
            datastore = UNSET
        else:
            datastore = CreateDbInstanceDatastore2.from_dict(_datastore)

        _ha = d.pop("ha", UNSET)
        ha: CreateDbInstanceHa2 | Unset
        if isinstance(_ha, Unset):
            ha = UNSET
        else:
            ha = CreateDbInstanceHa2.from_dict(_ha)

        replica_num = d.pop("replica_num", UNSET)

        port = d.pop("port", UNSET)

        _backup_strategy = d.pop("backup_strategy", UNSET)
        backup_strategy: CreateDbInstanceBackupStrategy2 | Unset
        if isinstance(_backup_strategy, Unset):
            backup_strategy = UNSET
        else:
            backup_strategy = CreateDbInstanceBackupStrategy2.from_dict(_backup_strategy)

        flavor_ref = d.pop("flavor_ref", UNSET)

        _volume = d.pop("volume", UNSET)
        volume: CreateDbInstanceVolume2 | Unset
        if isinstance(_volume, Unset):
            volume = UNSET
        else:
            volume = CreateDbInstanceVolume2.from_dict(_volume)

        region = d.pop("region", UNSET)

        availability_zone = d.pop("availability_zone", UNSET)

        vpc_id = d.pop("vpc_id", UNSET)

        subnet_id = d.pop("subnet_id", UNSET)

        security_group_id = d.pop("security_group_id", UNSET)

        _charge_info = d.pop("charge_info", UNSET)
        charge_info: CreateDbInstanceChargeInfo | Unset
        if isinstance(_charge_info, Unset):
            charge_info = UNSET
        else:
            charge_info = CreateDbInstanceChargeInfo.from_dict(_charge_info)

        create_db_instance_instance = cls(
            id=id,
            name=name,
            status=status,
            datastore=datastore,
            ha=ha,
            replica_num=replica_num,
            port=port,
            backup_strategy=backup_strategy,
            flavor_ref=flavor_ref,
            volume=volume,
            region=region,
            availability_zone=availability_zone,
            vpc_id=vpc_id,
            subnet_id=subnet_id,
            security_group_id=security_group_id,
            charge_info=charge_info,
        )

        create_db_instance_instance.additional_properties = d
        return create_db_instance_instance

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
