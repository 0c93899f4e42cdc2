from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._enums import open_enum
from .._secrets import redacted_repr
from ..models.instance_status import InstanceStatus
from ..types import UNSET, Unset, unset_free_repr

if TYPE_CHECKING:
    from ..models.backup_strategy import BackupStrategy
    from ..models.flavor_info import FlavorInfo
    from ..models.ha import Ha
    from ..models.node import Node
    from ..models.query_db_instances_datastore import QueryDbInstancesDatastore
    from ..models.volume import Volume


T = TypeVar("T", bound="Instance")


@unset_free_repr
@_attrs_define
class Instance:
    """instances field data structure description

    Attributes:
        id (str | Unset): Instance ID.
        name (str | Unset): Instance name.
        status (InstanceStatus | Unset): Instance status.

            Value:

            If the value is **BUILD**, the instance is being created.

            If the value is **ACTIVE**, the instance is normal.

            If the value is **FAILED**, the instance is abnormal.

            If the value is **MODIFYING**, the storage is being scaled up or instance specifications are being changed.

            If the value is **EXPANDING**, CNs or DNs are being added to the instance.

            If the value is **REBOOTING**, the instance is being rebooted.

            If the value is **UPGRADING**, the instance is being upgraded.

            If the value is **RESTORING**, the instance is being restored.

            If the value is **SWITCHOVER**, the primary/standby switchover is being performed.

            If the value is **MIGRATING**, the instance is being migrated.

            If the value is **BACKING UP**, the instance is being backed up.

            If the value is **UPGRADE TO BE OBSERVED**, the instance upgrade is in the observation period.

            If the value is **STORAGE FULL**, the instance storage is full.
        private_ips (list[str] | Unset): Private IP address list. The value is an empty string until ECSs where CNs of
            distributed instances are deployed or ECSs where DNs of primary/standby instances are deployed are created.
        port (int | Unset): Database port number. The GaussDB database port is from 1024 to 39998 (excluding the
            following which are occupied by the system and cannot be used: 2378, 2379, 2380, 4999, 5000, 5999, 6000, 6001,
            8097, 8098, 20049, 20050, 21731, and 21732).
        type_ (str | Unset): Instance type. The value is case-sensitive. The value **Enterprise** indicates the
            distributed instance (Enterprise Edition).
        ha (Ha | Unset): ha field data structure description
        replica_num (int | Unset): Number of replicas.
        region (str | Unset): Region where the instance is deployed.
        datastore (QueryDbInstancesDatastore | Unset): datastore field data structure description
        created (str | Unset): Creation time in the "yyyy-mm-dd hh:mm:ss timezone" format.

            **timezone** indicates the time zone.

            When the instance is being created, the value is the time when the creation request is delivered. After the
            instance is created, the value is the time when the creation is complete.
        updated (str | Unset): Update time. The format is the same as that of the **created** field.

            The value is empty when the instance is being created. After the instance is created, the value is not empty.
        db_user_name (str | Unset): Default username.
        vpc_id (str | Unset): VPC ID.
        subnet_id (str | Unset): Network ID of the subnet.
        security_group_id (str | Unset): Security group ID.
        flavor_ref (str | Unset): Specification code. For details on how to obtain the GaussDB specification code, see
            DB Instance Specifications.
        flavor_info (FlavorInfo | Unset): flavor_info field data structure description
        volume (Volume | Unset): volume field data structure description
        backup_strategy (BackupStrategy | Unset): backup_strategy field data structure description
        maintenance_window (str | Unset): Maintenance window in the UTC format.
        nodes (list[Node] | Unset): Instance node information.

            For details, see Table 9.
        disk_encryption_id (str | Unset): Disk encryption key ID. This parameter is displayed only when the instance
            disk is encrypted.
        instance_mode (str | Unset): **enterprise** indicates enterprise edition.
        time_zone (str | Unset): Time zone.
        backup_used_space (str | Unset): Used backup space, in KB.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    status: InstanceStatus | Unset = UNSET
    private_ips: list[str] | Unset = UNSET
    port: int | Unset = UNSET
    type_: str | Unset = UNSET
    ha: Ha | Unset = UNSET
    replica_num: int | Unset = UNSET
    region: str | Unset = UNSET
    datastore: QueryDbInstancesDatastore | Unset = UNSET
    created: str | Unset = UNSET
    updated: str | Unset = UNSET
    db_user_name: str | Unset = UNSET
    vpc_id: str | Unset = UNSET
    subnet_id: str | Unset = UNSET
    security_group_id: str | Unset = UNSET
    flavor_ref: str | Unset = UNSET
    flavor_info: FlavorInfo | Unset = UNSET
    volume: Volume | Unset = UNSET
    backup_strategy: BackupStrategy | Unset = UNSET
    maintenance_window: str | Unset = UNSET
    nodes: list[Node] | Unset = UNSET
    disk_encryption_id: str | Unset = UNSET
    instance_mode: str | Unset = UNSET
    time_zone: str | Unset = UNSET
    backup_used_space: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        private_ips: list[str] | Unset = UNSET
        if not isinstance(self.private_ips, Unset):
            private_ips = self.private_ips

        port = self.port

        type_ = self.type_

        ha: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ha, Unset):
            ha = self.ha.to_dict()

        replica_num = self.replica_num

        region = self.region

        datastore: dict[str, Any] | Unset = UNSET
        if not isinstance(self.datastore, Unset):
            datastore = self.datastore.to_dict()

        created = self.created

        updated = self.updated

        db_user_name = self.db_user_name

        vpc_id = self.vpc_id

        subnet_id = self.subnet_id

        security_group_id = self.security_group_id

        flavor_ref = self.flavor_ref

        flavor_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flavor_info, Unset):
            flavor_info = self.flavor_info.to_dict()

        volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.volume, Unset):
            volume = self.volume.to_dict()

        backup_strategy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backup_strategy, Unset):
            backup_strategy = self.backup_strategy.to_dict()

        maintenance_window = self.maintenance_window

        nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = nodes_item_data.to_dict()
                nodes.append(nodes_item)

        disk_encryption_id = self.disk_encryption_id

        instance_mode = self.instance_mode

        time_zone = self.time_zone

        backup_used_space = self.backup_used_space

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if private_ips is not UNSET:
            field_dict["private_ips"] = private_ips
        if port is not UNSET:
            field_dict["port"] = port
        if type_ is not UNSET:
            field_dict["type"] = type_
        if ha is not UNSET:
            field_dict["ha"] = ha
        if replica_num is not UNSET:
            field_dict["replica_num"] = replica_num
        if region is not UNSET:
            field_dict["region"] = region
        if datastore is not UNSET:
            field_dict["datastore"] = datastore
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if db_user_name is not UNSET:
            field_dict["db_user_name"] = db_user_name
        if vpc_id is not UNSET:
            field_dict["vpc_id"] = vpc_id
        if subnet_id is not UNSET:
            field_dict["subnet_id"] = subnet_id
        if security_group_id is not UNSET:
            field_dict["security_group_id"] = security_group_id
        if flavor_ref is not UNSET:
            field_dict["flavor_ref"] = flavor_ref
        if flavor_info is not UNSET:
            field_dict["flavor_info"] = flavor_info
        if volume is not UNSET:
            field_dict["volume"] = volume
        if backup_strategy is not UNSET:
            field_dict["backup_strategy"] = backup_strategy
        if maintenance_window is not UNSET:
            field_dict["maintenance_window"] = maintenance_window
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if disk_encryption_id is not UNSET:
            field_dict["disk_encryption_id"] = disk_encryption_id
        if instance_mode is not UNSET:
            field_dict["instance_mode"] = instance_mode
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if backup_used_space is not UNSET:
            field_dict["backup_used_space"] = backup_used_space

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.backup_strategy import BackupStrategy  # noqa: PLC0415
        from ..models.flavor_info import FlavorInfo  # noqa: PLC0415
        from ..models.ha import Ha  # noqa: PLC0415
        from ..models.node import Node  # noqa: PLC0415
        from ..models.query_db_instances_datastore import QueryDbInstancesDatastore  # noqa: PLC0415
        from ..models.volume import Volume  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: InstanceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = open_enum("Instance.status", InstanceStatus, _status)

        private_ips = cast(list[str], d.pop("private_ips", UNSET))

        port = d.pop("port", UNSET)

        type_ = d.pop("type", UNSET)

        _ha = d.pop("ha", UNSET)
        ha: Ha | Unset
        if isinstance(_ha, Unset):
            ha = UNSET
        else:
            ha = Ha.from_dict(_ha)

        replica_num = d.pop("replica_num", UNSET)

        region = d.pop("region", UNSET)

        _datastore = d.pop("datastore", UNSET)
        datastore: QueryDbInstancesDatastore | Unset
        if isinstance(_datastore, Unset):
            datastore = UNSET
        else:
            datastore = QueryDbInstancesDatastore.from_dict(_datastore)

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        db_user_name = d.pop("db_user_name", UNSET)

        vpc_id = d.pop("vpc_id", UNSET)

        subnet_id = d.pop("subnet_id", UNSET)

        security_group_id = d.pop("security_group_id", UNSET)

        flavor_ref = d.pop("flavor_ref", UNSET)

        _flavor_info = d.pop("flavor_info", UNSET)
        flavor_info: FlavorInfo | Unset
        if isinstance(_flavor_info, Unset):
            flavor_info = UNSET
        else:
            flavor_info = FlavorInfo.from_dict(_flavor_info)

        _volume = d.pop("volume", UNSET)
        volume: Volume | Unset
        if isinstance(_volume, Unset):
            volume = UNSET
        else:
            volume = Volume.from_dict(_volume)

        _backup_strategy = d.pop("backup_strategy", UNSET)
        backup_strategy: BackupStrategy | Unset
        if isinstance(_backup_strategy, Unset):
            backup_strategy = UNSET
        else:
            backup_strategy = BackupStrategy.from_dict(_backup_strategy)

        maintenance_window = d.pop("maintenance_window", UNSET)

        _nodes = d.pop("nodes", UNSET)
        nodes: list[Node] | Unset = UNSET
        if _nodes is not UNSET:
            nodes = []
            for nodes_item_data in _nodes:
                nodes_item = Node.from_dict(nodes_item_data)

                nodes.append(nodes_item)

        disk_encryption_id = d.pop("disk_encryption_id", UNSET)

        instance_mode = d.pop("instance_mode", UNSET)

        time_zone = d.pop("time_zone", UNSET)

        backup_used_space = d.pop("backup_used_space", UNSET)

        instance = cls(
            id=id,
            name=name,
            status=status,
            private_ips=private_ips,
            port=port,
            type_=type_,
            ha=ha,
            replica_num=replica_num,
            region=region,
            datastore=datastore,
            created=created,
            updated=updated,
            db_user_name=db_user_name,
            vpc_id=vpc_id,
            subnet_id=subnet_id,
            security_group_id=security_group_id,
            flavor_ref=flavor_ref,
            flavor_info=flavor_info,
            volume=volume,
            backup_strategy=backup_strategy,
            maintenance_window=maintenance_window,
            nodes=nodes,
            disk_encryption_id=disk_encryption_id,
            instance_mode=instance_mode,
            time_zone=time_zone,
            backup_used_space=backup_used_space,
        )

        instance.additional_properties = d
        return instance

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
