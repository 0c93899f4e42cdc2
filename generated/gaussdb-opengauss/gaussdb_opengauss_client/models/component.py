from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._enums import open_enum
from .._secrets import redacted_repr
from ..models.component_role import ComponentRole
from ..models.component_status import ComponentStatus
from ..models.component_type import ComponentType
from ..types import UNSET, Unset, unset_free_repr

T = TypeVar("T", bound="Component")


@unset_free_repr
@_attrs_define
class Component:
    """components description

    Attributes:
        id (str | Unset): Component ID.

            Global Transaction Manager (GTM): manages the status of transactions.

            Cluster Management Server (CMS): manages the instance status.

            Data node (DN): stores and queries table data.

            Coordinator node (CN): stores database metadata, distributes and executes query tasks, and then returns the
            query results from DNs to applications.

            Editable Text Configuration Daemon (ETCD): serves as a distributed key-value storage system used for
            configuration sharing and service discovery (registration and search).
        role (ComponentRole | Unset): Node role.

            **master**: primary node

            **slave**: standby node
        status (ComponentStatus | Unset): Component status.

            **Primary**: primary component

            **Normal**: The component is normal.

            **Down**: The component is abnormal.

            **Standby**: standby component

            **StateFollower**: standby ETCD

            **StateLeader**: primary ETCD

            **StateCandidate**: arbitration ETCD
        distributed_id (str | Unset): Group ID. This parameter is used to identify DNs in the same shard. For other
            components, the value is an empty string.
        type_ (ComponentType | Unset): Node type. Value: **DN**, **CN**, **GTM**, **CM**, or **ETCD**.
        detail (str | Unset): Details.
    """

    id: str | Unset = UNSET
    role: ComponentRole | Unset = UNSET
    status: ComponentStatus | Unset = UNSET
    distributed_id: str | Unset = UNSET
    type_: ComponentType | Unset = UNSET
    detail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        distributed_id = self.distributed_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if role is not UNSET:
            field_dict["role"] = role
        if status is not UNSET:
            field_dict["status"] = status
        if distributed_id is not UNSET:
            field_dict["distributed_id"] = distributed_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _role = d.pop("role", UNSET)
        role: ComponentRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = open_enum("Component.role", ComponentRole, _role)

        _status = d.pop("status", UNSET)
        status: ComponentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = open_enum("Component.status", ComponentStatus, _status)

        distributed_id = d.pop("distributed_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ComponentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = open_enum("Component.type", ComponentType, _type_)

        detail = d.pop("detail", UNSET)

        component = cls(
            id=id,
            role=role,
            status=status,
            distributed_id=distributed_id,
            type_=type_,
            detail=detail,
        )

        component.additional_properties = d
        return component

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
