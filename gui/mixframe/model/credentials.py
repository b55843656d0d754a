"""The account keys that sign requests. Shared by api/ (signing) and store/ (the keyring).

Their reprs never show a secret, not even in a debugger or a log line.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from mixframe.model import late
from mixframe.model.problems import MASK

# The keys an account may hold, by the names of their keyring entries (store/credentials.py):
# listing them needs no keyring, so `mixframe --help` and the window never load one to say them.
ACCESS_KEY = "AccessKey"
SECRET_KEY = "SecretKey"
SESSION_TOKEN = "SessionToken"
QY_ACCESS_KEY_ID = "access_key_id"
QY_SECRET_ACCESS_KEY = "secret_access_key"
QY_SIGN_KEY = "sign_key"
S3_ACCESS_KEY = "StorageConfig.CustomConfig.AccessKey"
S3_SECRET_KEY = "StorageConfig.CustomConfig.SecretKey"

# The entries each vendor's account may hold, in the order a person fills them.
VOLC_FIELDS = (ACCESS_KEY, SECRET_KEY, SESSION_TOKEN, S3_ACCESS_KEY, S3_SECRET_KEY)
QINGCLOUD_FIELDS = (QY_ACCESS_KEY_ID, QY_SECRET_ACCESS_KEY, QY_SIGN_KEY)


class _KeyFields(Mapping):
    """account vendor -> the keyring entries its account may hold, as each vendor declares them
    (`mixframe.model.vendors`); the sandbox holds none."""

    def __getitem__(self, vendor: str) -> tuple[str, ...]:
        return late.vendors.key_fields(vendor)

    def __iter__(self) -> Iterator[str]:
        return iter(late.vendors.account_kinds())

    def __len__(self) -> int:
        return len(late.vendors.account_kinds())


KEY_FIELDS: Mapping[str, tuple[str, ...]] = _KeyFields()
# Fields a call can go without: a session token only with temporary keys, S3 keys only for S3 storage.
OPTIONAL_FIELDS = frozenset({SESSION_TOKEN, S3_ACCESS_KEY, S3_SECRET_KEY})


@dataclass(frozen=True)
class VolcCredentials:
    access_key: str
    secret_key: str
    session_token: str = ""

    def __repr__(self) -> str:  # never show a secret, not even in a debugger's repr
        return (f"VolcCredentials(access_key={self.access_key!r}, secret_key={MASK}, "
                f"session_token={MASK if self.session_token else ''!r})")


@dataclass(frozen=True)
class QingCloudCredentials:
    access_key_id: str
    secret_access_key: str

    def __repr__(self) -> str:
        return f"QingCloudCredentials(access_key_id={self.access_key_id!r}, secret_access_key={MASK})"
