"""The pages in the left navigation, in order, and how each is built."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication

from ui.context import AppContext
from ui.pages.base import Page

#: key → (module, class). Modules are imported when the page is first shown.
_PAGES: dict[str, tuple[str, str]] = {
    "today": ("ui.pages.today", "TodayPage"),
    "participants": ("ui.pages.participants", "ParticipantsPage"),
    "referrals": ("ui.pages.referrals", "ReferralsPage"),
    "services": ("ui.pages.services", "ServicesPage"),
    "sessions": ("ui.pages.sessions", "SessionsPage"),
    "reports": ("ui.pages.reports", "ReportsPage"),
    "sync": ("ui.pages.sync_page", "SyncPage"),
    "settings": ("ui.pages.settings", "SettingsPage"),
}


def NAV_PAGES() -> list[tuple[str, str]]:
    # Spelled out (no alias) so pyside6-lupdate finds each string.
    labels = {
        "today": QCoreApplication.translate("Navigation", "Today"),
        "participants": QCoreApplication.translate("Navigation", "Participants"),
        "referrals": QCoreApplication.translate("Navigation", "Referrals"),
        "services": QCoreApplication.translate("Navigation", "Services"),
        "sessions": QCoreApplication.translate("Navigation", "Sessions"),
        "reports": QCoreApplication.translate("Navigation", "Reports"),
        "sync": QCoreApplication.translate("Navigation", "Sync"),
        "settings": QCoreApplication.translate("Navigation", "Settings"),
    }
    return [(key, labels[key]) for key in _PAGES]


def make_page(key: str, ctx: AppContext) -> Page:
    module_name, class_name = _PAGES[key]
    page_class = getattr(importlib.import_module(module_name), class_name)
    page: Page = page_class(ctx)
    return page
