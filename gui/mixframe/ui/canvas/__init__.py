"""The canvas editor: a view of the LayoutDocument at the real output resolution."""

from .scene import CanvasScene
from .view import CanvasView

__all__ = ["CanvasScene", "CanvasView"]
