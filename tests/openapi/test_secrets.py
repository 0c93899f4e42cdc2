"""generator/openapi/secrets.py: which fields hold a secret (`x-secret`), by name and by description."""

from __future__ import annotations

import pytest

from generator.openapi.schemas import mark_secret
from generator.openapi.secrets import is_secret_field, redacted_repr


@pytest.mark.parametrize("name", [
    # the names issue 11 found the earlier pattern missed
    "db_user_pwd", "adminPass", "admin_pass", "user_pwd", "passcode", "signing_key", "auth_key", "plain_text",
    "disk_encrypted_key",
    "password", "db_password", "userPassword", "new_password", "app_secret", "private_key", "X-Subject-Token",
    "credentials",
])
def test_secret_names(name: str) -> None:
    assert is_secret_field(name)


@pytest.mark.parametrize("name", [
    "name", "passage", "bypass_mode", "compass", "keypair", "key", "AccessKeyId", "password_expires_at",
    "pwd_strength", "password_regex", "ContinuationToken", "max_token", "last_pwd_auth_time",
])
def test_names_about_a_secret_are_not_one(name: str) -> None:
    assert not is_secret_field(name)


@pytest.mark.parametrize(("description", "secret"), [
    ("Password of the database user.", True),
    ("The new password. It must contain 8 to 32 characters.", True),
    ("Database password.", True),
    ("Private key content.", True),
    ("Security token.", True),
    ("Specifies the secret key of the user.", True),
    ("Time when the token expires.", False),
    ("Token ID.", False),
    ("Password policy.", False),
    ("Instance ID. The password is reset after the instance is created.", False),  # only the first sentence
    ("", False),
])
def test_secret_descriptions(description: str, secret: bool) -> None:
    assert is_secret_field("x", description) is secret


def test_only_text_fields_are_marked() -> None:
    text, flag, number = {"type": "string"}, {"type": "boolean"}, {"type": "integer"}
    mark_secret(text, "admin_pass", "")
    mark_secret(flag, "password", "Password of the user.")
    mark_secret(number, "token", "")
    assert text == {"type": "string", "x-secret": True} and "x-secret" not in flag and "x-secret" not in number


def test_redacted_repr_hides_secret_values_at_any_depth() -> None:
    shown = redacted_repr({"adminPass": "s1", "nested": {"db_user_pwd": "s2", "items": [{"token": "s3"}]}, "n": 1})
    assert "s1" not in shown and "s2" not in shown and "s3" not in shown and "'n': 1" in shown
