from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import UNSET, Unset, unset_free_repr

if TYPE_CHECKING:
    from ..models.restore_data_to_new_db_instance_backup_strategy import RestoreDataToNewDbInstanceBackupStrategy
    from ..models.restore_data_to_new_db_instance_charge_info_2 import RestoreDataToNewDbInstanceChargeInfo2
    from ..models.restore_data_to_new_db_instance_datastore import RestoreDataToNewDbInstanceDatastore
    from ..models.restore_data_to_new_db_instance_ha import RestoreDataToNewDbInstanceHa
    from ..models.restore_data_to_new_db_instance_volume_2 import RestoreDataToNewDbInstanceVolume2


T = TypeVar("T", bound="RestoreDataToNewDbInstanceInstance")


@unset_free_repr
@_attrs_define
class RestoreDataToNewDbInstanceInstance:
    """instance description

    Attributes:
        id (str | Unset): Instance ID.
        name (str | Unset): DB instance name. Instances of the same type can have same names under the same tenant.

            The name must consist of 4 to 64 characters and start with a letter. It can contain only letters (case-
            sensitive), digits, hyphens (-), and underscores (_).
        status (str | Unset): Instance status. For example, **BUILD** indicates that the instance is being created.
        datastore (RestoreDataToNewDbInstanceDatastore | Unset): datastore field data structure description
        ha (RestoreDataToNewDbInstanceHa | Unset): ha field data structure description
        port (str | Unset): Database port. The default value is **8000**.
        volume (RestoreDataToNewDbInstanceVolume2 | Unset): volume field data structure description
        backup_strategy (RestoreDataToNewDbInstanceBackupStrategy | Unset): backup_strategy field data structure
            description
        replica_num (int | Unset): Number of replicas.
        region (str | Unset): Region ID.

            The value cannot be left blank. For details about how to obtain this parameter value, see Regions and Endpoints.
        flavor_ref (str | Unset): Specification code.
        availability_zone (str | Unset): AZ ID. You can deploy your instance in the same AZ or across three different
            AZs, and use commas (,) to separate AZs.

            The value cannot be left blank. For details about how to obtain this parameter value, see Regions and Endpoints.
        vpc_id (str | Unset): VPC ID.
        subnet_id (str | Unset): Subnet ID.
        security_group_id (str | Unset): Security group ID.
        charge_info (RestoreDataToNewDbInstanceChargeInfo2 | Unset): charge_info field data structure description
        enable_parallel_restore (bool | Unset): Whether to support parallel restoration.

            - **false**: not supported
            - **true**: supported
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    status: str | Unset = UNSET
    datastore: RestoreDataToNewDbInstanceDatastore | Unset = UNSET
    ha: RestoreDataToNewDbInstanceHa | Unset = UNSET
    port: str | Unset = UNSET
    volume: RestoreDataToNewDbInstanceVolume2 | Unset = UNSET
    backup_strategy: RestoreDataToNewDbInstanceBackupStrategy | Unset = UNSET
    replica_num: int | Unset = UNSET
    region: str | Unset = UNSET
    flavor_ref: str | Unset = UNSET
    availability_zone: str | Unset = UNSET
    vpc_id: str | Unset = UNSET
    subnet_id: str | Unset = UNSET
    security_group_id: str | Unset = UNSET
    charge_info: RestoreDataToNewDbInstanceChargeInfo2 | Unset = UNSET
    enable_parallel_restore: bool | Unset = UNSET
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

        port = self.port

        volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.volume, Unset):
            volume = self.volume.to_dict()

        backup_strategy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backup_strategy, Unset):
            backup_strategy = self.backup_strategy.to_dict()

        replica_num = self.replica_num

        region = self.region

        flavor_ref = self.flavor_ref

        availability_zone = self.availability_zone

        vpc_id = self.vpc_id

        subnet_id = self.subnet_id

        security_group_id = self.security_group_id

        charge_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.charge_info, Unset):
            charge_info = self.charge_info.to_dict()

        enable_parallel_restore = self.enable_parallel_restore

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
        if port is not UNSET:
            field_dict["port"] = port
        if volume is not UNSET:
            field_dict["volume"] = volume
        if backup_strategy is not UNSET:
            field_dict["backup_strategy"] = backup_strategy
        if replica_num is not UNSET:
            field_dict["replica_num"] = replica_num
        if region is not UNSET:
            field_dict["region"] = region
        if flavor_ref is not UNSET:
            field_dict["flavor_ref"] = flavor_ref
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
        if enable_parallel_restore is not UNSET:
            field_dict["enable_parallel_restore"] = enable_parallel_restore

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.restore_data_to_new_db_instance_backup_strategy import RestoreDataToNewDbInstanceBackupStrategy  # noqa: PLC0415
        from ..models.restore_data_to_new_db_instance_charge_info_2 import RestoreDataToNewDbInstanceChargeInfo2  # noqa: PLC0415
        from ..models.restore_data_to_new_db_instance_datastore import RestoreDataToNewDbInstanceDatastore  # noqa: PLC0415
        from ..models.restore_data_to_new_db_instance_ha import RestoreDataToNewDbInstanceHa  # noqa: PLC0415
        from ..models.restore_data_to_new_db_instance_volume_2 import RestoreDataToNewDbInstanceVolume2  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        status = d.pop("status", UNSET)

        _datastore = d.pop("datastore", UNSET)
        datastore: RestoreDataToNewDbInstanceDatastore | Unset
        if isinstance(_datastore, Unset):
            datastore = UNSET
        else:
            datastore = RestoreDataToNewDbInstanceDatastore.from_dict(_datastore)

        _ha = d.pop("ha", UNSET)
        ha: RestoreDataToNewDbInstanceHa | Unset
        if isinstance(_ha, Unset):
            ha = UNSET
        else:
            ha = RestoreDataToNewDbInstanceHa.from_dict(_ha)

        port = d.pop("port", UNSET)

        _volume = d.pop("volume", UNSET)
        volume: RestoreDataToNewDbInstanceVolume2 | Unset
        if isinstance(_volume, Unset):
            volume = UNSET
        else:
            volume = RestoreDataToNewDbInstanceVolume2.from_dict(_volume)

        _backup_strategy = d.pop("backup_strategy", UNSET)
        backup_strategy: RestoreDataToNewDbInstanceBackupStrategy | Unset
        if isinstance(_backup_strategy, Unset):
            backup_strategy = UNSET
        else:
            backup_strategy = RestoreDataToNewDbInstanceBackupStrategy.from_dict(_backup_strategy)

        replica_num = d.pop("replica_num", UNSET)

        region = d.pop("region", UNSET)

        flavor_ref = d.pop("flavor_ref", UNSET)

        availability_zone = d.pop("availability_zone", UNSET)

        vpc_id = d.pop("vpc_id", UNSET)

        subnet_id = d.pop("subnet_id", UNSET)

        security_group_id = d.pop("security_group_id", UNSET)

        _charge_info = d.pop("charge_info", UNSET)
        charge_info: RestoreDataToNewDbInstanceChargeInfo2 | Unset
        if isinstance(_charge_info, Unset):
            charge_info = UNSET
        else:
            charge_info = RestoreDataToNewDbInstanceChargeInfo2.from_dict(_charge_info)

        enable_parallel_restore = d.pop("enable_parallel_restore", UNSET)

        restore_data_to_new_db_instance_instance = cls(
            id=id,
            name=name,
            status=status,
            datastore=datastore,
            ha=ha,
            port=port,
            volume=volume,
            backup_strategy=backup_strategy,
            replica_num=replica_num,
            region=region,
            flavor_ref=flavor_ref,
            availability_zone=availability_zone,
            vpc_id=vpc_id,
            subnet_id=subnet_id,
            security_group_id=security_group_id,
            charge_info=charge_info,
            enable_parallel_restore=enable_parallel_restore,
        )

        restore_data_to_new_db_instance_instance.additional_properties = d
        return restore_data_to_new_db_instance_instance

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
