from __future__ import annotations

import pytest

from generator.openapi.naming import operation_id, pascal


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Restoring Data to a New DB Instance", "restore_data_to_new_db_instance"),
        ("Creating a DB Instance", "create_db_instance"),
        ("Querying DB Instances", "query_db_instances"),
        ("Resetting a Database Password", "reset_database_password"),
        ("Changing a DB Instance Name", "change_db_instance_name"),
        ("Adding CNs", "add_cns"),
        ("Deleting a Manual Backup", "delete_manual_backup"),
        ("Configuring an Automated Backup Policy", "configure_automated_backup_policy"),
        ("Setting Tags", "set_tags"),
        ("Stopping an ECS", "stop_ecs"),
        ("Scaling Up Storage", "scale_up_storage"),
        ("Updating a Server (Native OpenStack API)", "update_server"),
        ("Obtaining Task Information", "obtain_task_information"),
    ],
)
def test_operation_id(title: str, expected: str) -> None:
    assert operation_id(title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("restore_point", "RestorePoint"), ("alpha.cce/fixPoolMask", "AlphaCceFixPoolMask"), ("", "Schema"),
     ("3rd_party", "S3rdParty")],
)
def test_pascal(text: str, expected: str) -> None:
    assert pascal(text) == expected
