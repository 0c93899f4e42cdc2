from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._secrets import redacted_repr
from ..types import UNSET, Unset, unset_free_repr

if TYPE_CHECKING:
    from ..models.restore_data_to_new_db_instance_charge_info import RestoreDataToNewDbInstanceChargeInfo
    from ..models.restore_data_to_new_db_instance_request_backup_strategy import (
        RestoreDataToNewDbInstanceRequestBackupStrategy,
    )
    from ..models.restore_data_to_new_db_instance_volume import RestoreDataToNewDbInstanceVolume
    from ..models.restore_point import RestorePoint


T = TypeVar("T", bound="RestoreDataToNewDbInstanceRequest")


@unset_free_repr
@_attrs_define
class RestoreDataToNewDbInstanceRequest:
    """Parameter description

    Attributes:
        name (str): DB instance name.

            Instances of the same type can have same names under the same tenant.

            The name must consist of 4 to 64 characters and start with a letter. It can contain only letters (case-
            sensitive), digits, hyphens (-), and underscores (_).
        availability_zone (str): AZ ID.

            The value cannot be left blank. You can deploy GaussDB in the same AZ or across three different AZs, and use
            commas (,) to separate AZs. For example:

            - To deploy a DB instance in the same AZ, enter three same AZ IDs.
            - To deploy a DB instance across three different AZs, enter three different AZ IDs.

            The value cannot be left blank. For details about how to obtain this parameter value, see Regions and Endpoints.
        flavor_ref (str): Specification code. The value cannot be empty. For details on how to obtain the GaussDB
            specification code, see DB Instance Specifications.
        volume (RestoreDataToNewDbInstanceVolume): volume field data structure description
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
        password (str): Database password.

            The password must:

            Consist of 8 to 32 characters and include at least three of the following: uppercase letters, lowercase letters,
            digits, and special characters `~!@#%^*-_=+?,`.

            Enter a strong password to improve security, preventing security risks such as brute force cracking.
        restore_point (RestorePoint): restore_point field data structure description
        charge_info (RestoreDataToNewDbInstanceChargeInfo | Unset): charge_info field data structure description
        backup_strategy (RestoreDataToNewDbInstanceRequestBackupStrategy | Unset): Automated backup policy.
        configuration_id (str | Unset): Parameter template ID. If this parameter is not specified, the default parameter
            template is used.
        port (str | Unset): Port number used by the database to provide services for external systems, ranging from 1024
            to 39998. It cannot be set to the default value **8000**. The following ports are not allowed: 2378, 2379, 2380,
            4999, 5000, 5999, 6000, 6001, 8097, 8098, 12016, 12017, 20049, 20050, 21731, 21732, 32122, 32123, and 32124.
        time_zone (str | Unset): UTC time zone.

            - If this parameter is not specified, GaussDB uses UTC by default.
            - If this parameter is specified, the value ranges from UTC-12:00 to UTC+12:00 at the full hour. For example,
            the parameter can be **UTC+08:00** rather than **UTC+08:30**.
        enable_force_switch (bool | Unset): Whether to forcibly promote a standby node to primary. The value can only be
            **true** or **false**.

            **true**: The function is enabled. **false**: (default value) The function is disabled. Only 1.2.2 and later
            versions are supported.

            Note:

            The function is suitable for the following scenario: When the primary node is faulty, a standby node is forcibly
            promoted to primary to provide services, ensuring the instance availability. When the instance is faulty, this
            function is used to recover services as soon as possible at the cost of partial data loss. You are not advised
            to use this function if you are not clear about the impact of data loss on services.
    """

    name: str
    availability_zone: str
    flavor_ref: str
    volume: RestoreDataToNewDbInstanceVolume
    vpc_id: str
    subnet_id: str
    security_group_id: str
    password: str = _attrs_field(repr=False)
    restore_point: RestorePoint
    charge_info: RestoreDataToNewDbInstanceChargeInfo | Unset = UNSET
    backup_strategy: RestoreDataToNewDbInstanceRequestBackupStrategy | Unset = UNSET
    configuration_id: str | Unset = UNSET
    port: str | Unset = UNSET
    time_zone: str | Unset = UNSET
    enable_force_switch: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        availability_zone = self.availability_zone

        flavor_ref = self.flavor_ref

        volume = self.volume.to_dict()

        vpc_id = self.vpc_id

        subnet_id = self.subnet_id

        security_group_id = self.security_group_id

        password = self.password

        restore_point = self.restore_point.to_dict()

        charge_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.charge_info, Unset):
            charge_info = self.charge_info.to_dict()

        backup_strategy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backup_strategy, Unset):
            backup_strategy = self.backup_strategy.to_dict()

        configuration_id = self.configuration_id

        port = self.port

        time_zone = self.time_zone

        enable_force_switch = self.enable_force_switch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "availability_zone": availability_zone,
                "flavor_ref": flavor_ref,
                "volume": volume,
                "vpc_id": vpc_id,
                "subnet_id": subnet_id,
                "security_group_id": security_group_id,
                "password": password,
                "restore_point": restore_point,
            }
        )
        if charge_info is not UNSET:
            field_dict["charge_info"] = charge_info
        if backup_strategy is not UNSET:
            field_dict["backup_strategy"] = backup_strategy
        if configuration_id is not UNSET:
            field_dict["configuration_id"] = configuration_id
        if port is not UNSET:
            field_dict["port"] = port
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if enable_force_switch is not UNSET:
            field_dict["enable_force_switch"] = enable_force_switch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.restore_data_to_new_db_instance_charge_info import RestoreDataToNewDbInstanceChargeInfo  # noqa: PLC0415
        from ..models.restore_data_to_new_db_instance_request_backup_strategy import (
            RestoreDataToNewDbInstanceRequestBackupStrategy,  # noqa: PLC0415
        )
        from ..models.restore_data_to_new_db_instance_volume import RestoreDataToNewDbInstanceVolume  # noqa: PLC0415
        from ..models.restore_point import RestorePoint  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        availability_zone = d.pop("availability_zone")

        flavor_ref = d.pop("flavor_ref")

        volume = RestoreDataToNewDbInstanceVolume.from_dict(d.pop("volume"))

        vpc_id = d.pop("vpc_id")

        subnet_id = d.pop("subnet_id")

        security_group_id = d.pop("security_group_id")

        password = d.pop("password")

        restore_point = RestorePoint.from_dict(d.pop("restore_point"))

        _charge_info = d.pop("charge_info", UNSET)
        charge_info: RestoreDataToNewDbInstanceChargeInfo | Unset
        if isinstance(_charge_info, Unset):
            charge_info = UNSET
        else:
            charge_info = RestoreDataToNewDbInstanceChargeInfo.from_dict(_charge_info)

        _backup_strategy = d.pop("backup_strategy", UNSET)
        backup_strategy: RestoreDataToNewDbInstanceRequestBackupStrategy | Unset
        if isinstance(_backup_strategy, Unset):
            backup_strategy = UNSET
        else:
            backup_strategy = RestoreDataToNewDbInstanceRequestBackupStrategy.from_dict(_backup_strategy)

        configuration_id = d.pop("configuration_id", UNSET)

        port = d.pop("port", UNSET)

        time_zone = d.pop("time_zone", UNSET)

        enable_force_switch = d.pop("enable_force_switch", UNSET)

        restore_data_to_new_db_instance_request = cls(
            name=name,
            availability_zone=availability_zone,
            flavor_ref=flavor_ref,
            volume=volume,
            vpc_id=vpc_id,
            subnet_id=subnet_id,
            security_group_id=security_group_id,
            password=password,
            restore_point=restore_point,
            charge_info=charge_info,
            backup_strategy=backup_strategy,
            configuration_id=configuration_id,
            port=port,
            time_zone=time_zone,
            enable_force_switch=enable_force_switch,
        )

        restore_data_to_new_db_instance_request.additional_properties = d
        return restore_data_to_new_db_instance_request

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
