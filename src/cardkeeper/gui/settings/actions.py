"""File ▸ Settings, and keeping every change of settings, wherever it is made."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from cardkeeper.autostart import launch_command, set_start_in_tray
from cardkeeper.errors import CardKeeperError
from cardkeeper.gui.common.menu_action import menu_action
from cardkeeper.gui.common.window_host import WindowHost
from cardkeeper.gui.exchange.auto_sync import SyncRunner
from cardkeeper.gui.settings.dialog import SettingsDialog
from cardkeeper.settings import Settings, save_settings


class SettingsActions(QObject):
    """Signals: ``chosen()`` — the user accepted the Settings dialog; what shows a setting
    (the toolbar's event, the sync timer, the open card) shows the new one."""

    chosen = Signal()

    def __init__(
        self,
        host: WindowHost,
        window: QWidget,
        menu: QMenu,
        sync_runner: SyncRunner,
        config_dir: Path | None,
    ) -> None:
        super().__init__(window)
        self._host = host
        self._window = window
        self._sync_runner = sync_runner
        self._config_dir = config_dir
        self.settings_action = menu_action(
            self.tr("&Settings…"),
            "preferences-system",
            "Ctrl+,",
            self.open_settings,
            menu,
            parent=self._window,
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)

    def open_settings(self) -> None:
        dialog = SettingsDialog(
            self._host.settings,
            self._host.library.folder,
            self._window,
            sync_runner=self._sync_runner,
        )
        if dialog.exec():
            self.save(dialog.settings())
            self.chosen.emit()

    def save(self, settings: Settings) -> None:
        """The window uses ``settings`` from now on, and so do later sessions if they can be
        saved; if not, the user is told they last until CardKeeper is closed."""
        if settings.start_in_tray != self._host.settings.start_in_tray:
            settings = self._start_in_tray(settings)
        self._host.settings = settings
        try:
            save_settings(settings, self._config_dir)
        except OSError as error:
            QMessageBox.warning(
                self._window,
                self.tr("Settings"),
                self.tr(
                    "The settings could not be saved ({reason}); "
                    "they apply until CardKeeper is closed."
                ).format(reason=error.strerror or error),
            )

    def _start_in_tray(self, settings: Settings) -> Settings:
        """Write or remove the desktop's entry that starts CardKeeper at login; the setting
        stays as it was when that fails, so it never says what the desktop does not do."""
        try:
            set_start_in_tray(settings.start_in_tray, launch_command(self._host.library.folder))
        except CardKeeperError as error:
            QMessageBox.warning(self._window, self.tr("Settings"), str(error))
            return dataclasses.replace(settings, start_in_tray=not settings.start_in_tray)
        return settings
