"""api room."""

from typing import TYPE_CHECKING

from mixframe.model.lazy import lazy_modules

# What the api loads on first use rather than when imported: the request models (pydantic), which
# only a call's own check needs.
late = lazy_modules(
    volcengine="mixframe.model.volcengine",
    qingcloud="mixframe.model.qingcloud",
)

if TYPE_CHECKING:  # never run: names them for type checkers and for the bundler's import scan
    import mixframe.model.qingcloud
    import mixframe.model.volcengine
    SCANNED = (mixframe,)  # what the imports above bind (nothing reads it)
