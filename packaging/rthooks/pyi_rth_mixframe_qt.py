"""Run-time hook of the frozen Mixframe, in place of PyInstaller's own for PySide6.

PyInstaller's hook imports PySide6.QtCore at start-up (about 150 ms) only to register a qt.conf that
the PySide6 wheels already register themselves when QtCore loads. This one tells Qt where its plugins
are and imports nothing from Qt, so `mixframe --version` and `mixframe validate` never load Qt.
"""


def _mixframe_qt_paths():
    import os
    import sys

    if sys.platform.startswith("win"):
        qt = os.path.join(sys._MEIPASS, "PySide6")
    else:
        qt = os.path.join(sys._MEIPASS, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")


_mixframe_qt_paths()
del _mixframe_qt_paths
