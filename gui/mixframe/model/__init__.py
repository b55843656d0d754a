"""model room."""

from typing import TYPE_CHECKING

from mixframe.model.lazy import lazy_modules

# What the model loads on first use rather than when imported.
late = lazy_modules(
    vendors="mixframe.model.vendors",  # it imports credentials and endpoints, which name it back
    preset_editor="mixframe.model.preset_editor",  # pydantic: a preset's editor state is checked, not read, late
    pydantic_errors="mixframe.model.pydantic_errors",  # pydantic
)

if TYPE_CHECKING:  # never run: names them for type checkers and for the bundler's import scan
    import mixframe.model.preset_editor
    import mixframe.model.pydantic_errors
    import mixframe.model.vendors
    SCANNED = (mixframe,)  # what the imports above bind (nothing reads it)
