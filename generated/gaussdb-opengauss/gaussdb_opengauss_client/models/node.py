from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._enums import open_enum
from .._secrets import redacted_repr
from ..models.node_role import NodeRole
from ..models.node_status import NodeStatus
from ..types import UNSET, Unset, unset_free_repr

T = TypeVar("T", bound="Node")


@unset_free_repr
@_attrs_define
class Node:
    """nodes field data structure description

    Attributes:
        id (str | Unset): Node ID.
        name (str | Unset): Node name.
        role (NodeRole | Unset): Node type. The value can be **master** or **slave**, indicating the primary node and
            standby node respectively.
        status (NodeStatus | Unset): Node status.

            Value:

            - **ACTIVE**: The node is normal.
            - **BUILD**: The node is being created.
            - **FAILED**: The node is abnormal or fails to be created.
            - **DELETED**: The node has been deleted.
        availability_zone (str | Unset): AZ.
        private_ip (str | Unset): Private IP address of the node. For distributed instances, this parameter is valid
            only for CNs. For primary/standby instances, this parameter is valid for all nodes. The parameter value is
            returned after an ECS is created.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    role: NodeRole | Unset = UNSET
    status: NodeStatus | Unset = UNSET
    availability_zone: str | Unset = UNSET
    private_ip: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        availability_zone = self.availability_zone

        private_ip = self.private_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if role is not UNSET:
            field_dict["role"] = role
        if status is not UNSET:
            field_dict["status"] = status
        if availability_zone is not UNSET:
            field_dict["availability_zone"] = availability_zone
        if private_ip is not UNSET:
            field_dict["private_ip"] = private_ip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _role = d.pop("role", UNSET)
        role: NodeRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = open_enum("Node.role", NodeRole, _role)

        _status = d.pop("status", UNSET)
        status: NodeStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = open_enum("Node.status", NodeStatus, _status)

        availability_zone = d.pop("availability_zone", UNSET)

        private_ip = d.pop("private_ip", UNSET)

        node = cls(
            id=id,
            name=name,
            role=role,
            status=status,
            availability_zone=availability_zone,
            private_ip=private_ip,
        )

        node.additional_properties = d
        return node

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
