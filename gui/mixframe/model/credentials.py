"""The account keys that sign requests. Shared by api/ (signing) and store/ (the keyring).

Their reprs never show a secret, not even in a debugger or a log line.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class VolcCredentials:
    access_key: str
    secret_key: str
    session_token: str = ""

    def __repr__(self) -> str:  # never show a secret, not even in a debugger's repr
        return f"VolcCredentials(access_key={self.access_key!r}, secret_key=***, session_token={'***' if self.session_token else ''!r})"


@dataclass(frozen=True)
class QingCloudCredentials:
    access_key_id: str
    secret_access_key: str

    def __repr__(self) -> str:
        return f"QingCloudCredentials(access_key_id={self.access_key_id!r}, secret_access_key=***)"
