from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._enums import open_enum
from .._secrets import redacted_repr
from ..models.create_db_instance_request_replica_num import CreateDbInstanceRequestReplicaNum
from ..types import UNSET, Unset, unset_free_repr

if TYPE_CHECKING:
    from ..models.charge_info import ChargeInfo
    from ..models.create_db_instance_backup_strategy import CreateDbInstanceBackupStrategy
    from ..models.create_db_instance_datastore import CreateDbInstanceDatastore
    from ..models.create_db_instance_ha import CreateDbInstanceHa
    from ..models.create_db_instance_volume import CreateDbInstanceVolume


T = TypeVar("T", bound="CreateDbInstanceRequest")


@unset_free_repr
@_attrs_define
class CreateDbInstanceRequest:
    """Parameter description

    Attributes:
        name (str): Instance name.

            Instances of the same type can have same names under the same tenant.

            The name must consist of 4 to 64 characters and start with a letter. It can contain only letters (case-
            sensitive), digits, hyphens (-), and underscores (_).
        datastore (CreateDbInstanceDatastore): datastore field data structure description
        ha (CreateDbInstanceHa): ha field data structure description
        password (str): Database password.

            The password must:

            Consist of 8 to 32 characters, including at least three of the following: uppercase letters, lowercase letters,
            digits, and special characters `~!@#$%^&*()-_=+|[{}];:,<.>/?`.

            Enter a strong password to improve security, preventing security risks such as brute force cracking.
        flavor_ref (str): Specification code. The value cannot be empty. For details on how to obtain the GaussDB
            specification code, see DB Instance Specifications.
        volume (CreateDbInstanceVolume): volume field data structure description
        region (str): Region ID.

            The value cannot be left blank. For details about how to obtain this parameter value, see Regions and Endpoints.
        availability_zone (str): AZ ID.

            The value cannot be left blank. You can deploy GaussDB in the same AZ or across three different AZs, and use
            commas (,) to separate AZs. For example:

            - To deploy a DB instance in the same AZ, enter three same AZ IDs.
            - To deploy a DB instance across three different AZs, enter three different AZ IDs.

            The value cannot be left blank. For details about how to obtain this parameter value, see Regions and Endpoints.
        vpc_id (str): VPC ID. To obtain this parameter value, use the following methods:

            - Method 1: Log in to VPC console and view the VPC ID in the VPC details.
            - Method 2: See the section "Querying VPCs" in the *Virtual Private Cloud API Reference*.
        subnet_id (str): Network ID. To obtain this parameter value, use either of the following methods:

            - Method 1: Log in to VPC console and click the target subnet on the **Subnets** page. You can view the network
            ID on the displayed page.
            - Method 2: See the section "Querying Subnets" in the *Virtual Private Cloud API Reference*.
            - Method 2: See section "Querying Subnets" under "APIs" or "Querying Networks" under "OpenStack Neutron APIs" in
            *Virtual Private Cloud API Reference*.
        security_group_id (str): Security group which the instance is associated with. To obtain this parameter value,
            use either of the following methods:

            - Method 1: Log in to VPC console. Choose **Access Control** > **Security Groups** in the navigation pane on the
            left. On the displayed page, click the target security group. You can view the security group ID on the
            displayed page.
            - Method 2: See the section "Querying Security Groups" in the *Virtual Private Cloud API Reference*.
        configuration_id (str | Unset): Parameter template ID. If this parameter is not specified, the default parameter
            template is used and this parameter is not returned in the response body.
        port (str | Unset): Port number used by the database to provide services for external systems, ranging from 1024
            to 39998. It cannot be set to the default value **8000**. The following ports are not allowed: 2378, 2379, 2380,
            4999, 5000, 5999, 6000, 6001, 8097, 8098, 12016, 12017, 20049, 20050, 21731, 21732, 32122, 32123, and 32124.
        backup_strategy (CreateDbInstanceBackupStrategy | Unset): backup_strategy field data structure description
        disk_encryption_id (str | Unset): Key ID for disk encryption. The default value is empty.
        charge_info (ChargeInfo | Unset): chargeInfo field data structure description
        time_zone (str | Unset): UTC time zone.

            - If this parameter is not specified, GaussDB uses UTC by default.
            - If this parameter is specified, the value ranges from UTC-12:00 to UTC+12:00 at the full hour. For example,
            the parameter can be **UTC+08:00** rather than **UTC+08:30**.
        sharding_num (int | Unset): This parameter is available only for distributed instances. Number of shards.
        coordinator_num (int | Unset): This parameter is available only for distributed instances. Number of CNs. The
            number of CNs cannot exceed twice the number of shards.
        replica_num (CreateDbInstanceRequestReplicaNum | Unset): Number of replicas. The value can be **2** or **3**
            (default).
    """

    name: str
    datastore: CreateDbInstanceDatastore
    ha: CreateDbInstanceHa
    password: str = _attrs_field(repr=False)
    flavor_ref: str
    volume: CreateDbInstanceVolume
    region: str
    availability_zone: str
    vpc_id: str
    subnet_id: str
    security_group_id: str
    configuration_id: str | Unset = UNSET
    port: str | Unset = UNSET
    backup_strategy: CreateDbInstanceBackupStrategy | Unset = UNSET
    disk_encryption_id: str | Unset = UNSET
    charge_info: ChargeInfo | Unset = UNSET
    time_zone: str | Unset = UNSET
    sharding_num: int | Unset = UNSET
    coordinator_num: int | Unset = UNSET
    replica_num: CreateDbInstanceRequestReplicaNum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        datastore = self.datastore.to_dict()

        ha = self.ha.to_dict()

        password = self.password

        flavor_ref = self.flavor_ref

        volume = self.volume.to_dict()

        region = self.region

        availability_zone = self.availability_zone

        vpc_id = self.vpc_id

        subnet_id = self.subnet_id

        security_group_id = self.security_group_id

        configuration_id = self.configuration_id

        port = self.port

        backup_strategy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backup_strategy, Unset):
            backup_strategy = self.backup_strategy.to_dict()

        disk_encryption_id = self.disk_encryption_id

        charge_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.charge_info, Unset):
            charge_info = self.charge_info.to_dict()

        time_zone = self.time_zone

        sharding_num = self.sharding_num

        coordinator_num = self.coordinator_num

        replica_num: int | Unset = UNSET
        if not isinstance(self.replica_num, Unset):
            replica_num = self.replica_num.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "datastore": datastore,
                "ha": ha,
                "password": password,
                "flavor_ref": flavor_ref,
                "volume": volume,
                "region": region,
                "availability_zone": availability_zone,
                "vpc_id": vpc_id,
                "subnet_id": subnet_id,
                "security_group_id": security_group_id,
            }
        )
        if configuration_id is not UNSET:
            field_dict["configuration_id"] = configuration_id
        if port is not UNSET:
            field_dict["port"] = port
        if backup_strategy is not UNSET:
            field_dict["backup_strategy"] = backup_strategy
        if disk_encryption_id is not UNSET:
            field_dict["disk_encryption_id"] = disk_encryption_id
        if charge_info is not UNSET:
            field_dict["charge_info"] = charge_info
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if sharding_num is not UNSET:
            field_dict["sharding_num"] = sharding_num
        if coordinator_num is not UNSET:
            field_dict["coordinator_num"] = coordinator_num
        if replica_num is not UNSET:
            field_dict["replica_num"] = replica_num

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.charge_info import ChargeInfo  # noqa: PLC0415
        from ..models.create_db_instance_backup_strategy import CreateDbInstanceBackupStrategy  # noqa: PLC0415
        from ..models.create_db_instance_datastore import CreateDbInstanceDatastore  # noqa: PLC0415
        from ..models.create_db_instance_ha import CreateDbInstanceHa  # noqa: PLC0415
        from ..models.create_db_instance_volume import CreateDbInstanceVolume  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        datastore = CreateDbInstanceDatastore.from_dict(d.pop("datastore"))

        ha = CreateDbInstanceHa.from_dict(d.pop("ha"))

        password = d.pop("password")

        flavor_ref = d.pop("flavor_ref")

        volume = CreateDbInstanceVolume.from_dict(d.pop("volume"))

        region = d.pop("region")

        availability_zone = d.pop("availability_zone")

        vpc_id = d.pop("vpc_id")

        subnet_id = d.pop("subnet_id")

        security_group_id = d.pop("security_group_id")

        configuration_id = d.pop("configuration_id", UNSET)

        port = d.pop("port", UNSET)

        _backup_strategy = d.pop("backup_strategy", UNSET)
        backup_strategy: CreateDbInstanceBackupStrategy | Unset
        if isinstance(_backup_strategy, Unset):
            backup_strategy = UNSET
        else:
            backup_strategy = CreateDbInstanceBackupStrategy.from_dict(_backup_strategy)

        disk_encryption_id = d.pop("disk_encryption_id", UNSET)

        _charge_info = d.pop("charge_info", UNSET)
        charge_info: ChargeInfo | Unset
        if isinstance(_charge_info, Unset):
            charge_info = UNSET
        else:
            charge_info = ChargeInfo.from_dict(_charge_info)

        time_zone = d.pop("time_zone", UNSET)

        sharding_num = d.pop("sharding_num", UNSET)

        coordinator_num = d.pop("coordinator_num", UNSET)

        _replica_num = d.pop("replica_num", UNSET)
        replica_num: CreateDbInstanceRequestReplicaNum | Unset
        if isinstance(_replica_num, Unset):
            replica_num = UNSET
        else:
            replica_num = open_enum("CreateDbInstanceRequest.replica_num", CreateDbInstanceRequestReplicaNum, _replica_num)

        create_db_instance_request = cls(
            name=name,
            datastore=datastore,
            ha=ha,
            password=password,
            flavor_ref=flavor_ref,
            volume=volume,
            region=region,
            availability_zone=availability_zone,
            vpc_id=vpc_id,
            subnet_id=subnet_id,
            security_group_id=security_group_id,
            configuration_id=configuration_id,
            port=port,
            backup_strategy=backup_strategy,
            disk_encryption_id=disk_encryption_id,
            charge_info=charge_info,
            time_zone=time_zone,
            sharding_num=sharding_num,
            coordinator_num=coordinator_num,
            replica_num=replica_num,
        )

        create_db_instance_request.additional_properties = d
        return create_db_instance_request

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
