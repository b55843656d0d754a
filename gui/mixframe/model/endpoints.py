"""Where each vendor's service answers by default: its URL, its signing region and its name.

The one place these are written; the profiles, the clients and the command line read them here.
"""

from __future__ import annotations

from dataclasses import dataclass

from mixframe.model import late, sandbox_keys


@dataclass(frozen=True)
class VendorEndpoint:
    vendor: str
    url: str
    region: str  # the signing region; QingCloud signs without one
    label: str  # English; the window translates it

    @property
    def service(self) -> str:
        """The API family it speaks (BytePlus speaks Volcengine's); the sandbox speaks them all."""
        return family_of(self.vendor)


# The in-process emulator: resolved to a loopback URL when used (mixframe.sandbox.ensure_running).
SANDBOX_URL = "sandbox:"

VOLCENGINE = VendorEndpoint("volcengine", "https://rtc.volcengineapi.com", "cn-north-1", "Volcengine (China)")
BYTEPLUS = VendorEndpoint("byteplus", "https://rtc.byteplusapi.com", "ap-singapore-1", "BytePlus (international)")
QINGCLOUD = VendorEndpoint("qingcloud", "https://rtc.api.qingcloud.com", "", "QingCloud")
SANDBOX = VendorEndpoint("sandbox", SANDBOX_URL, sandbox_keys.VOLC_REGION, "Sandbox: local emulator, no account needed")


def vendors() -> tuple[str, ...]:
    """Every account vendor, the sandbox last (each registered in `mixframe.model.vendors`)."""
    return late.vendors.account_kinds()


def account_vendors() -> tuple[str, ...]:
    """The vendors a person can open an account with (the sandbox comes with every install)."""
    return late.vendors.account_vendors()


def family_of(vendor: str) -> str:
    """The API family an account vendor speaks ("byteplus" speaks "volcengine")."""
    return late.vendors.family_of(vendor)


def default_for(vendor: str) -> VendorEndpoint:
    try:
        return late.vendors.endpoint_of(vendor)
    except KeyError:
        raise ValueError(f"vendor must be one of {', '.join(vendors())}, not {vendor!r}") from None


def region_for_url(url: str) -> str:
    """The signing region to guess for a Volcengine-family URL given without one."""
    return BYTEPLUS.region if "byteplus" in str(url) else VOLCENGINE.region

