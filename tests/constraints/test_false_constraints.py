"""One test per class of false constraint found by the refusal audit (`python -m benchmarks.refusals`, classified in
tests/constraints/refusals.yaml): each phrasing once gave a keyword that refused a documented request the prose
allows. Each test fails without its rule; the refusal it comes from is named above it."""

from __future__ import annotations

import re
from typing import Any

import generator.constraints.engine as engine
from generator.constraints.rules import AMBIGUOUS, Cell, constrain_cell
from generator.diagnostics import Loc, Severity
from generator.model import Schema


def findings(text: str, kind: str = "string", name: str = "x", item_kind: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in constrain_cell(Cell(name=name, kind=kind, text=text, item_kind=item_kind)):
        if f.keyword == AMBIGUOUS:
            out.setdefault(AMBIGUOUS, []).append(f.value)
        else:
            out.setdefault(f.keyword, f.value)
    return out


def accepts(got: dict[str, Any], *values: str) -> bool:
    return all(re.search(got["pattern"], v) for v in values)


# relational-database-service creating_a_db_instance.rst:220 (`ha`), creating_a_parameter_template.rst:92 (`mysql`)
def test_values_stated_case_insensitive_are_a_pattern_of_any_case_not_an_enum() -> None:
    got = findings("Specifies the DB engine. Its value can be any of the following and is case-insensitive:\n\n"
                   "- MySQL\n- PostgreSQL")
    assert "enum" not in got and got["x-enum-case-insensitive"] == ["MySQL", "PostgreSQL"]
    assert accepts(got, "mysql", "MySQL", "POSTGRESQL") and not accepts(got, "mysql5")
    assert findings("The value is **Ha** (case-sensitive).")["enum"] == ["Ha"]


# relational-database-service setting_sql_audit.rst:52 (`keep_days: 5`)
def test_a_bullet_stating_a_range_makes_the_list_no_enum() -> None:
    got = findings("Number of days. The value range is from 0 to 732.\n\n- **0**: disables the audit.\n"
                   "- **1** to **732**: the days logs are kept.", kind="integer")
    assert "enum" not in got and (got["minimum"], got["maximum"]) == (0, 732)


# api-gateway importing_a_microservice.rst:159 (`ANY`)
def test_a_bold_value_that_is_also_a_label_word_stays_in_the_list() -> None:
    got = findings("Request method.\n\nEnumeration values:\n\n- **GET**\n- **POST**\n- **OPTIONS**\n- **ANY**")
    assert got["enum"] == ["GET", "POST", "OPTIONS", "ANY"]
    # a label written as the first bullet (`- **Range**` then the values) is still no value
    assert "enum" not in findings("Snapshot status.\n\n- **Range**\n- **CREATING**\n- **AVAILABLE**")


# cloud-eye creating_a_custom_alarm_template.rst:98, cloud-trace-service modifying_a_key_event_notification.rst:112
def test_values_that_explain_an_example_or_a_format_are_no_enum() -> None:
    got = findings("Metric name. It allows 1 to 96 characters. For example, the ECS metric **cpu_util** indicates "
                   "the CPU usage. The DDS metric **mongo_ps** indicates the command frequency.")
    assert "enum" not in got and got[AMBIGUOUS] == ["enum: the values named explain an example or a format"]
    got = findings("Filter rule. Example: **key != value**. The format is *field rule value*. - Field options: "
                   "**code**, **trace_type**. - Value: **code**: 1 to 256 characters; **trace_type**: 1 to 8 "
                   "characters.")
    assert "enum" not in got
    assert findings("Mode. **0** indicates manual. **1** indicates automatic.", kind="integer")["enum"] == [0, 1]
    # letters explaining a layout never made an enum: nothing to say about one
    assert AMBIGUOUS not in findings("Update time. The format is yyyy-mm-ddThh:mm:ssZ. **T** is the separator. **Z** "
                                     "indicates the UTC.")


# cloud-eye creating_or_copying_a_dashboard.rst:78 (`row_widget_num: 3`)
def test_values_explained_while_the_cell_states_a_wider_range_are_no_enum() -> None:
    got = findings("How a graph is displayed. **0** indicates custom placement. **1** indicates one graph per row."
                   "\n\nMinimum: **0**\n\nMaximum: **3**", kind="integer")
    assert "enum" not in got and (got["minimum"], got["maximum"]) == (0, 3)
    assert got[AMBIGUOUS] == ["enum: the values named are explained, the cell states the range 0 to 3"]


# web-application-firewall-dedicated creating_a_global_protection_whitelist_..._rule.rst:51 (`091004`)
def test_a_value_made_of_several_items_gets_no_enum_of_one_item() -> None:
    text = "Items to mask. You can provide multiple items and separate them with semicolons (;).\n\n**xss**: XSS " \
           "attacks\n\n**sqli**: SQL injection"
    got = findings(text)
    assert "enum" not in got and got[AMBIGUOUS] == ["enum: the value is a list of items, the values are those of "
                                                    "one item"]
    assert findings(text, kind="array", item_kind="string")["enum"] == ["xss", "sqli"]  # the items' values


# data-warehouse-service performing_a_redistribution_task.rst:79 (`offline`)
def test_a_range_block_of_values_in_several_paragraphs_is_one_list() -> None:
    got = findings("**Definition**\n\nRedistribution mode.\n\n**Range**\n\n**online**\n\n**offline**\n\n"
                   "**Default Value**\n\noffline")
    assert got["enum"] == ["online", "offline"] and got["default"] == "offline"


# gaussdb-opengauss switching_roles_of_the_primary_and_standby_dns_in_shards.rst:64 (`dn_6001`)
def test_a_character_type_named_beside_the_four_is_a_class_of_the_complexity_rule() -> None:
    got = findings("The value contains at least three types of the following: uppercase letters, lowercase "
                   "letters, digits, and underscores (_).")
    assert accepts(got, "dn_6001", "Dn6001", "DN_6001")
    assert not accepts(got, "dn6001") and not accepts(got, "dn-6001x")


# api-gateway creating_an_api.rst:51 (`Api_http`), modifying_an_api_group.rst:51, creating_an_appcode.rst:51
def test_special_characters_listed_after_a_colon_or_in_a_code_span_are_allowed() -> None:
    got = findings("It can contain 3 to 255 characters. Only letters, digits, and these special characters are "
                   "allowed: -_./:()")
    assert accepts(got, "Api_http", "a-b.c/d:(e)") and not accepts(got, "a b") and not accepts(got, "a#b")
    got = findings("Only letters, digits, and special characters `(-_./():)` are allowed. It must start with a letter "
                   "or digit.")
    assert accepts(got, "api_group_001", "a(1):b") and not accepts(got, "_group") and not accepts(got, "a b")


# scalable-file-service sfs_turbo_apis/lifecycle_management/creating_a_file_system.rst:59 (`sfs-turbo-test`)
def test_cannot_contain_other_special_characters_allows_the_ones_named() -> None:
    got = findings("The name must start with a letter. It can contain letters (case insensitive), digits, hyphens "
                   "(-), and underscores (_), and cannot contain other special characters.")
    assert accepts(got, "sfs-turbo-test", "sfs_1") and not accepts(got, "sfs.turbo") and not accepts(got, "1sfs")


# cloud-eye creating_an_alarm_rule.rst:112 and creating_an_alarm_rule_recommended.rst:66 (`SYS.ECS`); api-gateway
# creating_an_api.rst:631 (`/`) and adding_whitelist_records_for_a_vpc_endpoint_service.rst:49 (`iam:domain::...`)
def test_a_sentence_about_a_part_of_the_value_constrains_no_keyword() -> None:
    got = findings("Namespace of a service.\n\n**service** and **item** each must start with a letter and contain "
                   "only letters, digits, and underscores (_).")
    assert "pattern" not in got and got[AMBIGUOUS] == ["pattern: the sentence states what a part of the value holds"]
    got = findings("The namespace must be in the service.item format and contain 3 to 32 characters. The values of "
                   "**service** and **item** must start with a letter and can only contain letters and digits.")
    assert "pattern" not in got and (got["minLength"], got["maxLength"]) == (3, 32)
    got = findings("Request address. Environment variables are supported. Each must start with a letter and can "
                   "consist of 3 to 32 characters.")
    assert "minLength" not in got and "pattern" not in got and len(got[AMBIGUOUS]) == 2
    got = findings('Each record is in the format of "iam:domain::Account_ID". The account ID contains 32 characters,'
                   " including only letters (a-f) and digits.", kind="array", item_kind="string")
    assert "pattern" not in got
    # the field itself (`Each tag key` on `key`) and the items of an array are not parts
    assert findings("Each tag key can contain up to 36 characters.", name="key")["maxLength"] == 36
    assert findings("Each ID can contain up to 36 characters.", kind="array", item_kind="string")["maxLength"] == 36


# api-gateway creating_an_access_control_policy.rst:63 (`192.168.1.5,192.168.10.1`)
def test_a_bullet_opening_with_a_condition_states_its_sentences_under_it() -> None:
    got = findings("Objects, separated with commas.\n\n- If type is set to IP, enter IP addresses.\n"
                   "- If type is set to DOMAIN, enter account names. Do not use only digits. The total length "
                   "cannot exceed 1024 characters.")
    assert "pattern" not in got and "maxLength" not in got
    assert got[AMBIGUOUS] == ["length: stated under a condition",
                              "pattern: the characters are stated under a condition"]


# cloud-backup-recovery adding_a_share_member.rst:47, cloud-eye deleting_alarm_rules_in_batches.rst:62
def test_an_array_length_is_no_length_of_its_items() -> None:
    for text in ("Project IDs.\n\nArray Length: **1 - 10**", "Alarm rule IDs.\n\nArray length: **1** to **10**"):
        assert findings(text, kind="array", item_kind="string") == {}


# log-tank-service querying_the_active_or_historical_alarm_list.rst:90 (`end_time: 0`),
# collecting_traffic_statistics_on_top_n_log_groups_or_log_streams.rst:76 (`start_time`)
def test_a_small_number_is_no_bound_of_a_timestamp() -> None:
    got = findings("End time (timestamp).\n\nMinimum: **13**\n\nMaximum: **13**", kind="integer")
    assert "minimum" not in got and "maximum" not in got and len(got[AMBIGUOUS]) == 2
    assert "maximum" not in findings("Start timestamp, in milliseconds. A maximum of 30 days are supported.",
                                     kind="integer")
    got = findings("Unix timestamp in seconds. Value range: 0 to 2147483647", kind="integer")
    assert (got["minimum"], got["maximum"]) == (0, 2147483647)
    assert findings("Retention period in days. Maximum: **30**", kind="integer")["maximum"] == 30


# log-tank-service querying_logs.rst:84 (`line_num: '1595659490239433658'`)
def test_a_labelled_minimum_on_a_string_is_its_length_not_a_number_range() -> None:
    # on a String the engine turns a minimum/maximum into a pattern of the numbers (`x-numeric-range`)
    got = findings("Sequence number of a log event.\n\nMinimum: **19**\n\nMaximum: **19**", name="line_num")
    assert (got["minLength"], got["maxLength"]) == (19, 19) and "minimum" not in got and "maximum" not in got
    assert "maximum" not in findings("Port number.\n\nMaximum: **5**", name="port")
    assert findings("Port number. The value ranges from 1024 to 39998.", name="port")["minimum"] == 1024


def test_the_engine_keeps_an_ambiguous_constraint_as_an_annotation_and_an_info() -> None:
    loc = Loc("p.rst", 7)
    text = "Metric name. For example, the metric **cpu_util** indicates CPU usage. **mem** indicates memory."
    e = engine._Engine()
    out, _parent = e.keywords_for(Schema(kind="string", description=text, loc=loc), "metric", ())
    keywords = dict(out.keywords)
    assert "enum" not in keywords and keywords[AMBIGUOUS] == ["enum: the values named explain an example or a format"]
    assert dict(out.sources)[AMBIGUOUS].startswith("p.rst:7: Metric name. For example")
    [info] = e.diagnostics
    assert (info.code, info.loc, info.severity) == ("constraint-ambiguous", loc, Severity.INFO)
    assert info.message.startswith("`metric`: enum: the values named explain an example or a format: Metric name.")


# elastic-cloud-server creating_an_ecs.rst:326 (`name_xx5_sg`), adding_a_security_group.rst:57 (`sg-test`)
def test_a_uuid_or_a_name_is_no_uuid_format() -> None:
    for text in ("Specifies the security group name or UUID.",
                 "Specifies the UUID or name of the security group to which the ECS is added.",
                 "The value is a UUID (36 characters) or 0."):
        assert "format" not in findings(text), text
    assert findings("The value must be in the standard UUID format.")["format"] == "uuid"


# elastic-cloud-server creating_an_ecs.rst:344 (`fixed_ip: 10.20.30.137`)
def test_a_format_stated_under_a_condition_is_none_of_the_field() -> None:
    assert "format" not in findings("Specifies the IP address. If parameter **fixed_ip** is set, you must specify "
                                    "the UUID.", name="fixed_ip")
    assert "format" not in findings("- If **type** is set to **SCHEDULED**, the time format is "
                                    "**YYYY-MM-DDThh:mm:ssZ**.")
    # the field's own presence is no condition
    got = findings("Time zone.\n\n- If this parameter is specified, the value ranges from UTC-12:00 to UTC+12:00 at "
                   "the full hour.")
    assert got["x-format"] == "utc-offset" and accepts(got, "UTC+08:00") and not accepts(got, "UTC+08:30")
    got = findings("Objects.\n\n- If this parameter is specified, only letters and digits are allowed.")
    assert accepts(got, "abc1") and not accepts(got, "a-b")


# elastic-cloud-server registering_an_fpga_image.rst:52 (`obs-fpga:fpga.bin`)
def test_rules_listed_for_a_part_named_in_the_format_constrain_no_keyword() -> None:
    got = findings('OBS path. The format of the path is "Bucket name:File name".\n\n'
                   "Bucket naming rules comply with the following requirements:\n\n"
                   "- Consists of lowercase letters, digits, and periods.\n- Contains 3 to 63 characters.\n\n"
                   "A file name must conform to the following rules:\n\n"
                   "- Consists of letters, digits, and periods.\n- Contains 4 to 64 characters.")
    assert "pattern" not in got and "minLength" not in got
    assert got[AMBIGUOUS] == ["length: the length of a part of the value"] * 2
    got = findings("The name must conform to the following rules:\n\n- Consists of letters and digits.\n- Contains 4 "
                   "to 64 characters.")  # no format stated: the rules are the value's own
    assert got["minLength"] == 4 and accepts(got, "abc4") and not accepts(got, "a-b")


# mapreduce-service adding_a_job_and_executing_the_job.rst:319 (`"hive_script_path": ""` of a MapReduce job)
def test_a_mandatory_field_needed_by_some_variants_only_may_be_sent_empty() -> None:
    text = ("SQL program path\n\nThis parameter is needed by Spark Script and Hive Script jobs only, and must meet the "
            "following requirements:\n\n-  Contains a maximum of 1,023 characters. The address cannot be empty or full "
            "of spaces.\n-  The path must start with **/** or **s3a://**.")
    got = {f.keyword: f.value for f in constrain_cell(Cell(name="hive_script_path", kind="string", text=text,
                                                           required=True)) if f.keyword != AMBIGUOUS}
    assert "minLength" not in got and re.search(got["pattern"], "")
    assert re.search(got["pattern"], "s3a://bucket/a.sql") and not re.search(got["pattern"], "bucket/a.sql")
