"""A third, test-only vendor: its model, signer, client (with the session's driver) and sandbox
live in this folder, and `TOY` is its one registration (tests/vendors/conftest.py registers it)."""

from mixframe.model.endpoints import VendorEndpoint
from mixframe.model.vendors import Vendor

TOY = Vendor(
    family="toy",
    model="toy_vendor.model",
    id_keys=("toy_app", "toy_room"),
    key_fields=("toy_key", "toy_secret"),
    optional_fields=frozenset(),
    account_secrets=(),
    accounts=(VendorEndpoint("toy", "https://rtc.toy.invalid", "", "Toy RTC"),),
    driver="toy_vendor.client:DRIVER",
    sandbox="toy_vendor.sandbox:ToyService",
    curl="toy_vendor.client:toy_curl",
    public_keys=("toy_key",),
    secret_paths=("toy_token",),  # its model's secret: masked everywhere once registered
)
