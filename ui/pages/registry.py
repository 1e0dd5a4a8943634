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
    t = QCoreApplication.translate
    labels = {
        "today": t("Navigation", "Today"),
        "participants": t("Navigation", "Participants"),
        "referrals": t("Navigation", "Referrals"),
        "services": t("Navigation", "Services"),
        "sessions": t("Navigation", "Sessions"),
        "reports": t("Navigation", "Reports"),
        "sync": t("Navigation", "Sync"),
        "settings": t("Navigation", "Settings"),
    }
    return [(key, labels[key]) for key in _PAGES]


def make_page(key: str, ctx: AppContext) -> Page:
    module_name, class_name = _PAGES[key]
    page_class = getattr(importlib.import_module(module_name), class_name)
    page: Page = page_class(ctx)
    return page
