"""A guard against a reference-count bug in the installed PySide6 build on Python 3.11.

With PySide6/shiboken6 6.12.0 on CPython 3.11, every Qt method that returns nothing
(``QPainter.fillRect``, ``QColor.setRed``, ``QImage.fill`` …) hands back ``None`` without taking
a reference to it, so each call lowers ``None``'s reference count by one. ``None`` starts with a
few thousand references, so a process that makes a few thousand such calls aborts with
"Fatal Python error: none_dealloc" (often at exit, after the work looked fine). From Python
3.12 ``None`` is immortal and the bug is harmless.

`protect_none()` makes ``None`` effectively immortal on the affected interpreters by giving it
a reference count no program can exhaust. It must run before the first Qt call; it is cheap
and idempotent. The real fix is Python >= 3.12 or a PySide6 build without the bug.
"""

from __future__ import annotations

import ctypes
import sys

# Far more references than any process will drop, far from overflowing a signed 64-bit count.
_PINNED = 1 << 60


def is_affected() -> bool:
    """Whether this interpreter can be crashed by the bug (None is mortal before 3.12)."""
    return sys.version_info < (3, 12) and sys.implementation.name == "cpython"


def protect_none() -> bool:
    """Pin None's reference count on an affected interpreter; True when it did."""
    if not is_affected():
        return False
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < _PINNED // 2:
        count.value = _PINNED
    return True


protect_none()
