"""Modules a room loads on first use, declared in one table per room.

Each room's package (`mixframe/<room>/__init__.py`) declares ``late = lazy_modules(name="module",
…)``: the modules it loads only when first used, each with why (pydantic, the HTTP stack, the
keyring and OpenSSL stay out of the window's first paint; inside the model, a module that imports
the one naming it). Code reads ``late.<name>.<attribute>`` when it runs, and nothing is imported
before that; a module already imported is simply used.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any


class LazyModule:
    """A module imported the first time one of its attributes is read."""

    __slots__ = ("name", "_module")

    def __init__(self, name: str):
        self.name = name
        self._module: Any = None

    def load(self) -> Any:
        module = self._module
        if module is None:
            module = sys.modules.get(self.name) or importlib.import_module(self.name)
            self._module = module
        return module

    @property
    def loaded(self) -> bool:
        """Whether the module is imported (by this table or anyone else)."""
        return self._module is not None or self.name in sys.modules

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self.load(), attribute)

    def __repr__(self) -> str:
        return f"<lazy module {self.name!r}{' (loaded)' if self.loaded else ''}>"


class LazyTable:
    """A room's modules loaded late, by the short name its code uses for each."""

    def __init__(self, modules: dict[str, str]):
        self._modules = {key: LazyModule(name) for key, name in modules.items()}

    def __getattr__(self, key: str) -> LazyModule:
        try:
            return self.__dict__["_modules"][key]
        except KeyError:
            raise AttributeError(f"no late module {key!r} is declared here") from None

    def modules(self) -> dict[str, str]:
        """Short name → module name: what the room loads late."""
        return {key: lazy.name for key, lazy in self._modules.items()}

    def __repr__(self) -> str:
        return f"LazyTable({self.modules()!r})"


def lazy_modules(**modules: str) -> LazyTable:
    return LazyTable(modules)
