"""Helpers shared by tests in several rooms (importable because tests/conftest.py's folder is on sys.path)."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import keyring.errors
from keyring.backend import KeyringBackend

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# The vendor's StartRecord request example ("请求示例" of its StartRecord document), kept verbatim,
# masked ids included, so the tests need nothing outside the repository.
SEED_STARTRECORD_EXAMPLE = FIXTURES / "seed_startrecord_example.json"


def seed_example() -> dict:
    """The vendor document's StartRecord request example, as JSON."""
    return json.loads(SEED_STARTRECORD_EXAMPLE.read_text(encoding="utf-8"))


# -- The repository stands alone --------------------------------------------------------------
# A newcomer's clone has nothing beside it, so no code or test may read a folder next to the
# repository (a sibling folder of notes or specs). tests/conftest.py installs an audit hook that records every file
# or folder this test process opens beside the repository, and fails the run if there is one.
# Temporary folders, the Python installation and hidden folders (a home directory's dotfiles, when
# the clone sits in $HOME) are not "beside the repository" even when they share its parent.
_BESIDE = os.path.dirname(str(ROOT)) + os.sep
_INSIDE = str(ROOT) + os.sep
# Only a folder that lies inside the parent folder can be excused: when the clone itself sits in a
# temporary folder (CI clones into `mktemp -d`), the temporary root is an ancestor of the parent and
# excusing it would excuse everything beside the repository.
_NOT_BESIDE = tuple(
    prefix
    for prefix in (
        os.path.realpath(p) + os.sep
        for p in {tempfile.gettempdir(), sys.prefix, sys.base_prefix, sys.exec_prefix}
    )
    if prefix.startswith(_BESIDE) and prefix != _BESIDE
)
OUTSIDE_READS: list[str] = []


def read_beside_repository(path) -> bool:
    """True when `path` lies in the repository's parent folder but outside the repository."""
    if isinstance(path, int):
        return False
    try:
        full = os.path.abspath(os.fsdecode(path))
    except (TypeError, ValueError):
        return False
    if not full.startswith(_BESIDE) or (full + os.sep).startswith(_INSIDE):
        return False
    if (full + os.sep).startswith(_NOT_BESIDE):
        return False
    return not full[len(_BESIDE):].startswith(".")


def _audit(event, args):
    if event in ("open", "os.listdir", "os.scandir") and args and read_beside_repository(args[0]):
        OUTSIDE_READS.append(f"{event} {os.fsdecode(args[0])}")


def guard_reads_beside_repository() -> None:
    sys.addaudithook(_audit)



class MemoryKeyring(KeyringBackend):
    """An in-memory keyring backend that behaves like the real ones (deleting a missing key fails)."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        if (service, username) not in self.items:
            raise keyring.errors.PasswordDeleteError(username)
        del self.items[(service, username)]


# ---- every problem the model makes during the run comes from a marked template ----------------

MODEL_SOURCE = Path(__file__).resolve().parents[1] / "gui" / "mixframe" / "model"


def marked_templates() -> set[str]:
    """Every sentence the model marks with QT_TRANSLATE_NOOP("Problems", …), read from its source."""
    import ast

    found = set()
    for path in MODEL_SOURCE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP" \
                    and len(node.args) == 2 and isinstance(node.args[1], ast.Constant):
                found.add(node.args[1].value)
    return found


# msgid -> the line of the first problem the model made with it
MODEL_PROBLEMS: dict[str, str] = {}


def record_model_problems() -> None:
    """Note every Problem made by a module of the model (the window's and the tests' own aside)."""
    import sys

    from mixframe.model import problems

    made = problems.Problem.__init__
    here = problems.__file__

    def recording_init(self, *args, **kwargs):
        made(self, *args, **kwargs)
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename == here:
            frame = frame.f_back
        if frame is not None and frame.f_globals.get("__name__", "").startswith("mixframe.model"):
            MODEL_PROBLEMS.setdefault(self.msgid, f"{self.line()}  ({frame.f_globals['__name__']})")

    problems.Problem.__init__ = recording_init


def unmarked_model_problems() -> list[str]:
    templates = marked_templates()
    return sorted(line for msgid, line in MODEL_PROBLEMS.items() if msgid not in templates)


def run_cli(*args: str, cwd: Path, **environment: str):
    """`python -m mixframe ARGS` in `cwd` as a user runs it: offscreen, UTF-8, no keys from this
    machine's environment, config and logs in `cwd`; `environment` adds or overrides variables."""
    import subprocess

    env = {k: v for k, v in os.environ.items() if not k.startswith(("VOLC_", "QY_"))}
    env.update({"QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8", "LANG": "C.UTF-8",
                "MIXFRAME_CONFIG_DIR": str(cwd / "config"), "MIXFRAME_LOG_DIR": str(cwd / "logs"), **environment})
    return subprocess.run([sys.executable, "-m", "mixframe", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def write_json(folder: Path, name: str, data) -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path
