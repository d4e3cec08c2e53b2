"""The OCR languages of the Reading settings: names people read, and the list they check.

Tesseract names its models by ISO 639-2 code (``deu``) or by script (``Latin``);
the list shows each as a person would name it and keeps "Automatic" and chosen
languages from contradicting each other.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QListView, QWidget

from cardkeeper.reading.tesseract import (
    OTHER_SCRIPT_MODELS,
    TesseractInfo,
    debian_package,
    default_languages,
)

AUTOMATIC = ""
"""The ``ocr_languages`` value that lets the reader pick the best installed model."""
VISIBLE_ROWS = 9
"""Automatic and eight languages; more than most installs have, fewer than fill a screen."""
HIDDEN_LANGUAGES = {"osd"}
"""Orientation detection data, not a language anyone reads a card in."""
_CODE_ROLE = Qt.ItemDataRole.UserRole


def language_name(code: str) -> str:
    """A person's name for a Tesseract model with its code, e.g. ``German (deu)``."""
    if _is_script(code):
        return QCoreApplication.translate(
            "languages", "{script} script (any language written in it)"
        ).format(script=code)
    name = short_language_name(code)
    return f"{name} ({code})" if name != code else code


def short_language_name(code: str) -> str:
    """``German`` for ``deu``, ``Latin script`` for ``Latin``, the code itself if unknown."""
    if _is_script(code):
        return QCoreApplication.translate("languages", "{script} script").format(script=code)
    language = QLocale.codeToLanguage(code.partition("_")[0], QLocale.LanguageCodeType.ISO639Part2)
    if language == QLocale.Language.AnyLanguage:
        return code
    return QLocale.languageToString(language)


EXAMPLE_LANGUAGES = ("por", "pol", "tur", "ukr", "vie", "tha", "ara", "hin")
"""Widely read languages to name as the example when every script model is installed."""


def missing_language(info: TesseractInfo) -> tuple[str, str]:
    """The name and Debian package of a model ``info`` lacks, as the example of how to add
    one: a script the reader would choose by itself first (``script_choice``)."""
    wanted = (*OTHER_SCRIPT_MODELS, *EXAMPLE_LANGUAGES)
    code = next((code for code in wanted if code not in info.languages), wanted[-1])
    return language_name(code), debian_package(code)


def _is_script(code: str) -> bool:
    """Tesseract capitalises its script models (``Latin``), which read a whole alphabet."""
    return code[:1].isupper()


class LanguageList(QListView):
    """Checkable languages plus "Automatic", which excludes and is implied by choosing none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items = QStandardItemModel(self)
        self._items.itemChanged.connect(self._keep_consistent)
        self.setModel(self._items)
        self.setUniformItemSizes(True)
        self.setSpacing(1)
        self._adjusting = False

    def fill(self, info: TesseractInfo, chosen: list[str]) -> None:
        """Show what ``info`` has installed, checking ``chosen`` (kept even if not installed)."""
        self._adjusting = True
        self._items.clear()
        automatic = self._add(
            AUTOMATIC,
            self.tr(
                "Automatic: the best installed ({languages}), and each card's own script"
            ).format(languages=short_language_name(default_languages(info))),
        )
        installed = [code for code in info.languages if code not in HIDDEN_LANGUAGES]
        for code in installed:
            self._add(code, language_name(code)).setCheckState(
                Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked
            )
        for code in chosen:
            if code not in info.languages:
                item = self._add(
                    code, self.tr("{language}: not installed").format(language=language_name(code))
                )
                item.setToolTip(
                    self.tr("Tesseract has no data for this language; uncheck it or install it.")
                )
                item.setCheckState(Qt.CheckState.Checked)
        nothing_chosen = not self.checked()
        automatic.setCheckState(
            Qt.CheckState.Checked if nothing_chosen else Qt.CheckState.Unchecked
        )
        self._adjusting = False
        # Never squeezed below its rows, even when it appears in a dialog sized without it.
        self.setMinimumHeight(self.sizeHint().height())

    def _add(self, code: str, text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setData(code, _CODE_ROLE)
        item.setCheckable(True)
        item.setEditable(False)
        self._items.appendRow(item)
        return item

    def checked(self) -> list[str]:
        """The checked language codes in list order; empty when Automatic is checked."""
        codes = []
        for row in range(self._items.rowCount()):
            item = self._items.item(row)
            if item.checkState() == Qt.CheckState.Checked and item.data(_CODE_ROLE):
                codes.append(item.data(_CODE_ROLE))
        return codes

    def _keep_consistent(self, changed: QStandardItem) -> None:
        """Automatic and chosen languages exclude each other; choosing none means Automatic."""
        if self._adjusting:
            return
        self._adjusting = True
        automatic = self._items.item(0)
        if changed.checkState() == Qt.CheckState.Checked:
            if changed.data(_CODE_ROLE) == AUTOMATIC:
                for row in range(1, self._items.rowCount()):
                    self._items.item(row).setCheckState(Qt.CheckState.Unchecked)
            else:
                automatic.setCheckState(Qt.CheckState.Unchecked)
        elif not self.checked():
            automatic.setCheckState(Qt.CheckState.Checked)
        self._adjusting = False

    def sizeHint(self) -> QSize:
        """Every row up to ``VISIBLE_ROWS``, so a usual install needs no scrolling."""
        rows = min(max(self._items.rowCount(), 4), VISIBLE_ROWS)
        row = max(self.sizeHintForRow(0), self.fontMetrics().height()) + 2 * self.spacing()
        return QSize(super().sizeHint().width(), rows * row + 2 * self.frameWidth())
