"""Choice words: read from the models' declarations, translated in one place, used by every editor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QComboBox

from mixframe.model import qingcloud, volcengine
from mixframe.model.layout import StreamRef
from mixframe.ui import choices
from mixframe.ui.document import LayoutDocument
from mixframe.ui.inspector import Inspector, field_name


class Shouting(QTranslator):
    """A catalogue that translates every word of the Choices context to upper case."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        return source.upper() if context == choices.CONTEXT else ""


@pytest.fixture
def shouting(qapp):
    translator = Shouting()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_every_label_the_models_declare_is_marked_for_translation():
    declared = {word for table in (volcengine.LIMITS, qingcloud.LIMITS)
                for limits in table.values() for word in (limits.labels or {}).values()}
    assert declared - set(choices.TRANSLATABLE_LABELS) == set()


def test_words_come_from_the_model_declaration():
    assert choices.choice_label("Layout.LayoutMode", 1) == "1 · Vertical"
    assert choices.choice_label("StorageConfig.CustomConfig.Vendor", 0) == "0 · Amazon S3"
    assert choices.choice_label("Layout.CustomLayout.Regions[3].RenderMode", 1) == "1 · Crop to fill"
    assert choices.choice_label("layout_mode", 0, vendor="qingcloud") == "0 · Floating"
    assert choices.choice_label("Control.EnableSyncUpload", True) == "On"
    assert choices.choices_of("Control.EnableSyncUpload") == (True, False)
    # An undocumented value read from a file is shown as it is.
    assert choices.choice_label("Layout.LayoutMode", 7) == "7"


def test_a_translation_reaches_the_words_and_the_inspector(qtbot, shouting):
    assert choices.choice_label("Layout.LayoutMode", 3) == "3 · SIDE BY SIDE"
    document = LayoutDocument()
    inspector = Inspector(document)
    qtbot.addWidget(inspector)
    document.add_stream(StreamRef("host", index=0))
    combo = inspector.findChild(QComboBox, field_name("Layout.CustomLayout.Regions[].RenderMode"))
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "0 · STRETCH", "1 · CROP TO FILL", "2 · FIT WITH BARS", "3 · STRETCH (RECOMMENDED)"]
    assert QCoreApplication.translate(choices.CONTEXT, "Vertical") == "VERTICAL"
