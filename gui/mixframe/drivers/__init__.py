"""Each vendor's session driver: how a `RecordingSession` gets its keys and client and makes the
start, stop and status calls in that vendor's terms. Named by `mixframe.model.vendors`, imported
when a session first speaks to the vendor."""

from typing import TYPE_CHECKING

from mixframe.model.lazy import lazy_modules

# What the drivers load on first use: the keyring (store.credentials), the HTTP clients (httpx)
# and the request models (pydantic), when a session first speaks to the vendor.
late = lazy_modules(
    credentials="mixframe.store.credentials",
    volc_client="mixframe.api.volc_client",
    qingcloud_client="mixframe.api.qingcloud_client",
    volcengine="mixframe.model.volcengine",
    qingcloud="mixframe.model.qingcloud",
)

if TYPE_CHECKING:  # never run: names them for type checkers and for the bundler's import scan
    import mixframe.api.qingcloud_client
    import mixframe.api.volc_client
    import mixframe.model.qingcloud
    import mixframe.model.volcengine
    import mixframe.store.credentials
    SCANNED = (mixframe,)  # what the imports above bind (nothing reads it)
