"""The app's look: calm, readable, high contrast; one place to change it."""

STYLE_SHEET = """
QWidget#workspace { background: #f6f7f9; }
QListWidget#navigation { background: #1f3a5f; color: white; border: none; font-size: 11pt; }
QListWidget#navigation::item { padding: 9px 10px; }
QListWidget#navigation::item:selected { background: #2f5d8f; color: white; }
QLabel#screenTitle { font-size: 18pt; font-weight: 600; color: #1f3a5f; }
QLabel#pageTitle { font-size: 15pt; font-weight: 600; color: #1f3a5f; }
QLabel#sectionTitle { font-size: 11pt; font-weight: 600; color: #1f3a5f; margin-top: 6px; }
QLabel#formError, QLabel.fieldError { color: #b00020; }
QLabel#unlockWait { color: #8a5300; font-weight: 600; }
QLabel#hint { color: #555; }
QLabel#emptyState { color: #3c4a5c; font-size: 11pt; padding: 24px; }
QLabel#restrictedBanner { background: #fff4e5; color: #6b3e00; padding: 6px; border: 1px solid #f0c36d; }
QLabel#okBanner { background: #e6f4ea; color: #1e4620; padding: 6px; border: 1px solid #a8d5b5; }
QLabel#warningBanner { background: #fdecea; color: #7a1c12; padding: 6px; border: 1px solid #f3b3aa; }
QFrame#card { background: white; border: 1px solid #d5d9e0; border-radius: 8px; padding: 12px; }
QFrame#participantHeader { background: white; border: 1px solid #d5d9e0; border-radius: 6px; }
QLabel#statusBadge { background: #e3ecf7; color: #1f3a5f; border-radius: 9px; padding: 2px 10px; font-weight: 600; }
QLabel#eligibilityPreview { font-size: 11pt; font-weight: 600; color: #1f3a5f; }
QLabel#syncState[state="unsynced"] { color: #8a5300; font-weight: 600; }
QLabel#syncState[state="synced"] { color: #2e6b34; }
QPushButton#openConflicts { color: #7a1c12; font-weight: 600; text-align: left; }
QWidget#statusRow { background: #e9edf2; }
QLineEdit#globalSearch { padding: 5px; font-size: 11pt; }
"""
