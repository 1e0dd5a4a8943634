"""CoachApp core: the domain, the encrypted store and the services a coach's day runs on.

Nothing in this package imports Qt, requests or FastAPI.
"""

__version__ = "0.1.0"
