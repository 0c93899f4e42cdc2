from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._enums import open_enum
from .._secrets import redacted_repr
from ..models.link_href import LinkHref
from ..models.link_rel import LinkRel
from ..types import UNSET, Unset, unset_free_repr

T = TypeVar("T", bound="Link")


@unset_free_repr
@_attrs_define
class Link:
    """links field data structure description

    Attributes:
        href (LinkHref | Unset): API URL. The value is **""**.
        rel (LinkRel | Unset): The value is **self**, indicating that URL is a local link.
    """

    href: LinkHref | Unset = UNSET
    rel: LinkRel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=redacted_repr)

    def to_dict(self) -> dict[str, Any]:
        href: str | Unset = UNSET
        if not isinstance(self.href, Unset):
            href = self.href.value

        rel: str | Unset = UNSET
        if not isinstance(self.rel, Unset):
            rel = self.rel.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href is not UNSET:
            field_dict["href"] = href
        if rel is not UNSET:
            field_dict["rel"] = rel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _href = d.pop("href", UNSET)
        href: LinkHref | Unset
        if isinstance(_href, Unset):
            href = UNSET
        else:
            href = open_enum("Link.href", LinkHref, _href)

        _rel = d.pop("rel", UNSET)
        rel: LinkRel | Unset
        if isinstance(_rel, Unset):
            rel = UNSET
        else:
            rel = open_enum("Link.rel", LinkRel, _rel)

        link = cls(
            href=href,
            rel=rel,
        )

        link.additional_properties = d
        return link

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
