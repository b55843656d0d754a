"""Where the window takes each recording id from, as a problem's sentence: the window's
counterpart of the command line's "is required: give it with --app-id" (volcengine.missing_id).

The AppId comes from the account chosen in the toolbar, the RoomId and the TaskId from the
toolbar itself. The templates live here, with every other problem sentence of the model, so the
catalogue files them under "Problems" (the context every Problem is translated in).
"""

from __future__ import annotations

from mixframe.model.problems import QT_TRANSLATE_NOOP

_APP_ID = QT_TRANSLATE_NOOP("Problems", "is required: give the account its AppId in Recording > Accounts…")
_ROOM = QT_TRANSLATE_NOOP("Problems", "is required: type the RoomId in the toolbar")

# API path of a recording id (both vendors' spellings) -> the window's sentence when it is missing.
WINDOW_ID_SENTENCES = {
    "AppId": _APP_ID,
    "app_id": _APP_ID,
    "RoomId": _ROOM,
    "channel": _ROOM,
    "TaskId": QT_TRANSLATE_NOOP("Problems", "is required: type a TaskId in the toolbar, or leave it empty and "
                                            "Record makes one up"),
}
