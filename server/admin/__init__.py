"""What an administrator does to the server's data: organisations, coaches, devices,
reference data, exports. Each operation takes a session and plain arguments, raises
:class:`server.admin.errors.AdminError` on bad input, and records a ``ServerAuditEvent``.

``server.admin_cli`` is the command line over these; an admin API could reuse them.
"""
