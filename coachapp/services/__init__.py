"""Use cases a coach performs: plain arguments in, frozen dataclasses out.

Every function takes the open ``LocalStore`` first and keyword-only arguments after it,
validates with ``coachapp.validation`` and raises ``coachapp.errors`` with messages a
coach can read. Changes are audited and queued for sync by the store itself.
"""
