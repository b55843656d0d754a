"""Where Mixframe writes the details of its own failures, for the window and the command line alike.

No Qt here: `mixframe` without a display must be able to log a crash too. Only the traceback
and the exception's message are written, never local variables (which could hold a key), and
every secret the caller knows is masked in them.
"""

from __future__ import annotations

import datetime as _dt
import os
import traceback
from pathlib import Path
from types import TracebackType
from typing import Iterable

from mixframe.api.errors import redact

LOG_DIR_ENV = "MIXFRAME_LOG_DIR"
LOG_FILE = "errors.log"


def log_dir() -> Path:
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_log_dir

    return Path(user_log_dir("mixframe", "Mixframe"))


def write_report(kind: type[BaseException], value: BaseException, tb: TracebackType | None,
                 secrets: Iterable[str] = ()) -> Path | None:
    """Append the traceback to the log; None when even that is impossible."""
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_FILE
        stamp = _dt.datetime.now().isoformat(timespec="seconds")
        text = redact("".join(traceback.format_exception(kind, value, tb)), list(secrets))
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {stamp}\n")
            handle.write(text)
        return path
    except Exception:  # a failing report must never hide the failure it reports
        return None
