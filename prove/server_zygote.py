"""A parent process that imports the sync server once and forks a fresh server on request.

``python -m prove.server_zygote`` reads lines from stdin: ``start <port>`` forks a child that
builds the app (``server.app.create_app`` from the ``COACHAPP_SERVER_*`` environment, as
``uvicorn --factory`` would) and serves it on 127.0.0.1:<port>; the child's pid is written
back on stdout. The test kills children with SIGKILL itself. Importing the server takes
seconds, which a quick proof run cannot spend on every restart; a child forked from this
parent starts in a fraction of that and shares nothing with a killed one but the database.
On end of input the parent kills every child it started and exits.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import traceback


def _serve(port: int) -> None:
    """In the child: stdout belongs to the parent's protocol, so logs go to stderr."""
    import uvicorn

    from server.app import create_app

    os.dup2(2, 1)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    uvicorn.run(
        create_app(),
        host="127.0.0.1",
        port=port,
        log_level="warning",
        access_log=False,
    )


def main() -> None:
    # Imported here, once, before any fork: what makes a restart quick.
    import uvicorn  # noqa: F401

    import server.app  # noqa: F401

    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the kernel
    children: list[int] = []
    try:
        for line in sys.stdin:
            words = line.split()
            if len(words) != 2 or words[0] != "start" or not words[1].isdigit():
                break
            sys.stdout.flush()
            pid = os.fork()
            if pid == 0:
                code = 0
                try:
                    _serve(int(words[1]))
                except BaseException:  # the child must never return into the loop
                    traceback.print_exc()
                    code = 1
                finally:
                    os._exit(code)
            children.append(pid)
            print(pid, flush=True)
    finally:
        for pid in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


if __name__ == "__main__":
    main()
