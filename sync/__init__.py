"""The laptop's sync engine and the wire protocol it shares with the server.

Not built yet: see the sync-engine and central-server issues.
"""
