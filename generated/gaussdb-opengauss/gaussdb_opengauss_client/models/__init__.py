"""Contains all the data models used in inputs/outputs"""

from .add_cns_adding_shards_or_scaling_up_storage_coordinator import AddCnsAddingShardsOrScalingUpStorageCoordinator
from .add_cns_adding_shards_or_scaling_up_storage_expand_cluster import (
    AddCnsAddingShardsOrScalingUpStorageExpandCluster,
)
from .add_cns_adding_shards_or_scaling_up_storage_request import AddCnsAddingShardsOrScalingUpStorageRequest
from .add_cns_adding_shards_or_scaling_up_storage_response import AddCnsAddingShardsOrScalingUpStorageResponse
from .add_cns_adding_shards_or_scaling_up_storage_shard import AddCnsAddingShardsOrScalingUpStorageShard
from .add_cns_request import AddCnsRequest
from .add_cns_response import AddCnsResponse
from .add_shards_expand_cluster import AddShardsExpandCluster
from .add_shards_request import AddShardsRequest
from .backup import Backup
from .backup_policy import BackupPolicy
from .backup_status import BackupStatus
from .backup_strategy import BackupStrategy
from .backup_type import BackupType
from .change_db_instance_name_request import ChangeDbInstanceNameRequest
from .change_db_instance_name_response import ChangeDbInstanceNameResponse
from .change_port_number_of_specified_db_instance_request import ChangePortNumberOfSpecifiedDbInstanceRequest
from .change_port_number_of_specified_db_instance_response import ChangePortNumberOfSpecifiedDbInstanceResponse
from .change_v_cpus_and_memory_of_db_instance_request import ChangeVCpusAndMemoryOfDbInstanceRequest
from .change_v_cpus_and_memory_of_db_instance_response import ChangeVCpusAndMemoryOfDbInstanceResponse
from .charge_info import ChargeInfo
from .charge_info_charge_mode import ChargeInfoChargeMode
from .component import Component
from .component_role import ComponentRole
from .component_status import ComponentStatus
from .component_type import ComponentType
from .configuration import Configuration
from .configuration_parameter import ConfigurationParameter
from .configuration_parameter_type import ConfigurationParameterType
from .configure_automated_backup_policy_backup_policy import ConfigureAutomatedBackupPolicyBackupPolicy
from .configure_automated_backup_policy_backup_policy_differential_period import (
    ConfigureAutomatedBackupPolicyBackupPolicyDifferentialPeriod,
)
from .configure_automated_backup_policy_request import ConfigureAutomatedBackupPolicyRequest
from .coordinator import Coordinator
from .create_db_instance_backup_strategy import CreateDbInstanceBackupStrategy
from .create_db_instance_backup_strategy_2 import CreateDbInstanceBackupStrategy2
from .create_db_instance_charge_info import CreateDbInstanceChargeInfo
from .create_db_instance_charge_info_charge_mode import CreateDbInstanceChargeInfoChargeMode
from .create_db_instance_datastore import CreateDbInstanceDatastore
from .create_db_instance_datastore_2 import CreateDbInstanceDatastore2
from .create_db_instance_datastore_2_type import CreateDbInstanceDatastore2Type
from .create_db_instance_ha import CreateDbInstanceHa
from .create_db_instance_ha_2 import CreateDbInstanceHa2
from .create_db_instance_ha_2_consistency import CreateDbInstanceHa2Consistency
from .create_db_instance_ha_2_consistency_protocol import CreateDbInstanceHa2ConsistencyProtocol
from .create_db_instance_ha_2_replication_mode import CreateDbInstanceHa2ReplicationMode
from .create_db_instance_ha_replication_mode import CreateDbInstanceHaReplicationMode
from .create_db_instance_instance import CreateDbInstanceInstance
from .create_db_instance_request import CreateDbInstanceRequest
from .create_db_instance_request_replica_num import CreateDbInstanceRequestReplicaNum
from .create_db_instance_response import CreateDbInstanceResponse
from .create_db_instance_volume import CreateDbInstanceVolume
from .create_db_instance_volume_2 import CreateDbInstanceVolume2
from .create_db_instance_volume_2_type import CreateDbInstanceVolume2Type
from .create_db_instance_volume_type import CreateDbInstanceVolumeType
from .create_manual_backup_backup import CreateManualBackupBackup
from .create_manual_backup_backup_status import CreateManualBackupBackupStatus
from .create_manual_backup_backup_type import CreateManualBackupBackupType
from .create_manual_backup_request import CreateManualBackupRequest
from .create_manual_backup_response import CreateManualBackupResponse
from .datastore import Datastore
from .delete_db_instance_db_instance_management_response import DeleteDbInstanceDbInstanceManagementResponse
from .delete_db_instance_response import DeleteDbInstanceResponse
from .enlarge_volume import EnlargeVolume
from .error import Error
from .expand_cluster import ExpandCluster
from .flavor import Flavor
from .flavor_az_status import FlavorAzStatus
from .flavor_group_type import FlavorGroupType
from .flavor_info import FlavorInfo
from .ha import Ha
from .ha_consistency import HaConsistency
from .ha_replication_mode import HaReplicationMode
from .instance import Instance
from .instance_info import InstanceInfo
from .instance_status import InstanceStatus
from .job import Job
from .job_status import JobStatus
from .link import Link
from .link_href import LinkHref
from .link_rel import LinkRel
from .modify_parameters_of_specified_db_instance_parameter_configuration_request import (
    ModifyParametersOfSpecifiedDbInstanceParameterConfigurationRequest,
)
from .modify_parameters_of_specified_db_instance_parameter_configuration_request_values import (
    ModifyParametersOfSpecifiedDbInstanceParameterConfigurationRequestValues,
)
from .modify_parameters_of_specified_db_instance_parameter_configuration_response import (
    ModifyParametersOfSpecifiedDbInstanceParameterConfigurationResponse,
)
from .modify_parameters_of_specified_db_instance_request import ModifyParametersOfSpecifiedDbInstanceRequest
from .modify_parameters_of_specified_db_instance_request_values import (
    ModifyParametersOfSpecifiedDbInstanceRequestValues,
)
from .modify_recycling_policy_request import ModifyRecyclingPolicyRequest
from .modify_recycling_policy_response import ModifyRecyclingPolicyResponse
from .node import Node
from .node_role import NodeRole
from .node_status import NodeStatus
from .obtain_parameter_templates_response import ObtainParameterTemplatesResponse
from .obtain_parameters_of_specified_db_instance_response import ObtainParametersOfSpecifiedDbInstanceResponse
from .obtain_task_information_instance import ObtainTaskInformationInstance
from .obtain_task_information_response import ObtainTaskInformationResponse
from .query_api_versions_response import QueryApiVersionsResponse
from .query_automated_backup_policy_response import QueryAutomatedBackupPolicyResponse
from .query_backups_backup_type import QueryBackupsBackupType
from .query_backups_response import QueryBackupsResponse
from .query_components_of_db_instance_component_type import QueryComponentsOfDbInstanceComponentType
from .query_components_of_db_instance_node import QueryComponentsOfDbInstanceNode
from .query_components_of_db_instance_response import QueryComponentsOfDbInstanceResponse
from .query_database_disk_type_response import QueryDatabaseDiskTypeResponse
from .query_db_engine_versions_response import QueryDbEngineVersionsResponse
from .query_db_instances_datastore import QueryDbInstancesDatastore
from .query_db_instances_response import QueryDbInstancesResponse
from .query_db_instances_type import QueryDbInstancesType
from .query_instance_specifications_response import QueryInstanceSpecificationsResponse
from .query_restoration_time_range_response import QueryRestorationTimeRangeResponse
from .query_tasks_name import QueryTasksName
from .query_tasks_response import QueryTasksResponse
from .query_tasks_status import QueryTasksStatus
from .query_version_information_of_api_response import QueryVersionInformationOfApiResponse
from .query_version_information_of_api_version import QueryVersionInformationOfApiVersion
from .query_version_information_of_api_version_status import QueryVersionInformationOfApiVersionStatus
from .recycle_policy import RecyclePolicy
from .reset_database_password_request import ResetDatabasePasswordRequest
from .restore_data_to_new_db_instance_backup_strategy import RestoreDataToNewDbInstanceBackupStrategy
from .restore_data_to_new_db_instance_charge_info import RestoreDataToNewDbInstanceChargeInfo
from .restore_data_to_new_db_instance_charge_info_2 import RestoreDataToNewDbInstanceChargeInfo2
from .restore_data_to_new_db_instance_charge_info_2_charge_mode import RestoreDataToNewDbInstanceChargeInfo2ChargeMode
from .restore_data_to_new_db_instance_charge_info_charge_mode import RestoreDataToNewDbInstanceChargeInfoChargeMode
from .restore_data_to_new_db_instance_datastore import RestoreDataToNewDbInstanceDatastore
from .restore_data_to_new_db_instance_datastore_type import RestoreDataToNewDbInstanceDatastoreType
from .restore_data_to_new_db_instance_ha import RestoreDataToNewDbInstanceHa
from .restore_data_to_new_db_instance_ha_consistency import RestoreDataToNewDbInstanceHaConsistency
from .restore_data_to_new_db_instance_ha_replication_mode import RestoreDataToNewDbInstanceHaReplicationMode
from .restore_data_to_new_db_instance_instance import RestoreDataToNewDbInstanceInstance
from .restore_data_to_new_db_instance_request import RestoreDataToNewDbInstanceRequest
from .restore_data_to_new_db_instance_request_backup_strategy import RestoreDataToNewDbInstanceRequestBackupStrategy
from .restore_data_to_new_db_instance_response import RestoreDataToNewDbInstanceResponse
from .restore_data_to_new_db_instance_volume import RestoreDataToNewDbInstanceVolume
from .restore_data_to_new_db_instance_volume_2 import RestoreDataToNewDbInstanceVolume2
from .restore_data_to_new_db_instance_volume_2_type import RestoreDataToNewDbInstanceVolume2Type
from .restore_data_to_new_db_instance_volume_type import RestoreDataToNewDbInstanceVolumeType
from .restore_point import RestorePoint
from .restore_point_type import RestorePointType
from .restore_time_item import RestoreTimeItem
from .scale_up_storage_space_of_db_instance_request import ScaleUpStorageSpaceOfDbInstanceRequest
from .shard import Shard
from .storage_type_item import StorageTypeItem
from .storage_type_item_az_status import StorageTypeItemAzStatus
from .storage_type_item_name import StorageTypeItemName
from .storage_type_item_support_compute_group_type_item import StorageTypeItemSupportComputeGroupTypeItem
from .switch_roles_of_primary_and_standby_dns_in_shards_request import SwitchRolesOfPrimaryAndStandbyDnsInShardsRequest
from .switch_roles_of_primary_and_standby_dns_in_shards_response import (
    SwitchRolesOfPrimaryAndStandbyDnsInShardsResponse,
)
from .switch_roles_of_primary_and_standby_dns_in_shards_shard import SwitchRolesOfPrimaryAndStandbyDnsInShardsShard
from .table_list_item import TableListItem
from .task import Task
from .version import Version
from .version_status import VersionStatus
from .volume import Volume

__all__ = (
    "AddCnsAddingShardsOrScalingUpStorageCoordinator",
    "AddCnsAddingShardsOrScalingUpStorageExpandCluster",
    "AddCnsAddingShardsOrScalingUpStorageRequest",
    "AddCnsAddingShardsOrScalingUpStorageResponse",
    "AddCnsAddingShardsOrScalingUpStorageShard",
    "AddCnsRequest",
    "AddCnsResponse",
    "AddShardsExpandCluster",
    "AddShardsRequest",
    "Backup",
    "BackupPolicy",
    "BackupStatus",
    "BackupStrategy",
    "BackupType",
    "ChangeDbInstanceNameRequest",
    "ChangeDbInstanceNameResponse",
    "ChangePortNumberOfSpecifiedDbInstanceRequest",
    "ChangePortNumberOfSpecifiedDbInstanceResponse",
    "ChangeVCpusAndMemoryOfDbInstanceRequest",
    "ChangeVCpusAndMemoryOfDbInstanceResponse",
    "ChargeInfo",
    "ChargeInfoChargeMode",
    "Component",
    "ComponentRole",
    "ComponentStatus",
    "ComponentType",
    "Configuration",
    "ConfigurationParameter",
    "ConfigurationParameterType",
    "ConfigureAutomatedBackupPolicyBackupPolicy",
    "ConfigureAutomatedBackupPolicyBackupPolicyDifferentialPeriod",
    "ConfigureAutomatedBackupPolicyRequest",
    "Coordinator",
    "CreateDbInstanceBackupStrategy",
    "CreateDbInstanceBackupStrategy2",
    "CreateDbInstanceChargeInfo",
    "CreateDbInstanceChargeInfoChargeMode",
    "CreateDbInstanceDatastore",
    "CreateDbInstanceDatastore2",
    "CreateDbInstanceDatastore2Type",
    "CreateDbInstanceHa",
    "CreateDbInstanceHa2",
    "CreateDbInstanceHa2Consistency",
    "CreateDbInstanceHa2ConsistencyProtocol",
    "CreateDbInstanceHa2ReplicationMode",
    "CreateDbInstanceHaReplicationMode",
    "CreateDbInstanceInstance",
    "CreateDbInstanceRequest",
    "CreateDbInstanceRequestReplicaNum",
    "CreateDbInstanceResponse",
    "CreateDbInstanceVolume",
    "CreateDbInstanceVolume2",
    "CreateDbInstanceVolume2Type",
    "CreateDbInstanceVolumeType",
    "CreateManualBackupBackup",
    "CreateManualBackupBackupStatus",
    "CreateManualBackupBackupType",
    "CreateManualBackupRequest",
    "CreateManualBackupResponse",
    "Datastore",
    "DeleteDbInstanceDbInstanceManagementResponse",
    "DeleteDbInstanceResponse",
    "EnlargeVolume",
    "Error",
    "ExpandCluster",
    "Flavor",
    "FlavorAzStatus",
    "FlavorGroupType",
    "FlavorInfo",
    "Ha",
    "HaConsistency",
    "HaReplicationMode",
    "Instance",
    "InstanceInfo",
    "InstanceStatus",
    "Job",
    "JobStatus",
    "Link",
    "LinkHref",
    "LinkRel",
    "ModifyParametersOfSpecifiedDbInstanceParameterConfigurationRequest",
    "ModifyParametersOfSpecifiedDbInstanceParameterConfigurationRequestValues",
    "ModifyParametersOfSpecifiedDbInstanceParameterConfigurationResponse",
    "ModifyParametersOfSpecifiedDbInstanceRequest",
    "ModifyParametersOfSpecifiedDbInstanceRequestValues",
    "ModifyRecyclingPolicyRequest",
    "ModifyRecyclingPolicyResponse",
    "Node",
    "NodeRole",
    "NodeStatus",
    "ObtainParametersOfSpecifiedDbInstanceResponse",
    "ObtainParameterTemplatesResponse",
    "ObtainTaskInformationInstance",
    "ObtainTaskInformationResponse",
    "QueryApiVersionsResponse",
    "QueryAutomatedBackupPolicyResponse",
    "QueryBackupsBackupType",
    "QueryBackupsResponse",
    "QueryComponentsOfDbInstanceComponentType",
    "QueryComponentsOfDbInstanceNode",
    "QueryComponentsOfDbInstanceResponse",
    "QueryDatabaseDiskTypeResponse",
    "QueryDbEngineVersionsResponse",
    "QueryDbInstancesDatastore",
    "QueryDbInstancesResponse",
    "QueryDbInstancesType",
    "QueryInstanceSpecificationsResponse",
    "QueryRestorationTimeRangeResponse",
    "QueryTasksName",
    "QueryTasksResponse",
    "QueryTasksStatus",
    "QueryVersionInformationOfApiResponse",
    "QueryVersionInformationOfApiVersion",
    "QueryVersionInformationOfApiVersionStatus",
    "RecyclePolicy",
    "ResetDatabasePasswordRequest",
    "RestoreDataToNewDbInstanceBackupStrategy",
    "RestoreDataToNewDbInstanceChargeInfo",
    "RestoreDataToNewDbInstanceChargeInfo2",
    "RestoreDataToNewDbInstanceChargeInfo2ChargeMode",
    "RestoreDataToNewDbInstanceChargeInfoChargeMode",
    "RestoreDataToNewDbInstanceDatastore",
    "RestoreDataToNewDbInstanceDatastoreType",
    "RestoreDataToNewDbInstanceHa",
    "RestoreDataToNewDbInstanceHaConsistency",
    "RestoreDataToNewDbInstanceHaReplicationMode",
    "RestoreDataToNewDbInstanceInstance",
    "RestoreDataToNewDbInstanceRequest",
    "RestoreDataToNewDbInstanceRequestBackupStrategy",
    "RestoreDataToNewDbInstanceResponse",
    "RestoreDataToNewDbInstanceVolume",
    "RestoreDataToNewDbInstanceVolume2",
    "RestoreDataToNewDbInstanceVolume2Type",
    "RestoreDataToNewDbInstanceVolumeType",
    "RestorePoint",
    "RestorePointType",
    "RestoreTimeItem",
    "ScaleUpStorageSpaceOfDbInstanceRequest",
    "Shard",
    "StorageTypeItem",
    "StorageTypeItemAzStatus",
    "StorageTypeItemName",
    "StorageTypeItemSupportComputeGroupTypeItem",
    "SwitchRolesOfPrimaryAndStandbyDnsInShardsRequest",
    "SwitchRolesOfPrimaryAndStandbyDnsInShardsResponse",
    "SwitchRolesOfPrimaryAndStandbyDnsInShardsShard",
    "TableListItem",
    "Task",
    "Version",
    "VersionStatus",
    "Volume",
)
