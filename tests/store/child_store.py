"""The opening of a child-process script that makes a new store for the demo coach.

Some store tests need a process of its own (to exit without closing the store, or to run
under a file-size limit). Their script starts with ``NEW_STORE`` — a store in the folder
named by ``sys.argv[1]``, with the demo program's reference data, bound to ``store`` — and
goes on with its own lines.
"""

NEW_STORE = (
    "import os, sys\n"
    "from pathlib import Path\n"
    "from coachapp.demo.reference import demo_program\n"
    "from coachapp.ids import uuid7\n"
    "from coachapp.services.reference import save_pulled_reference\n"
    "from coachapp.store.profile import DataFolder, Identity\n"
    "from tests.conftest import FAST_KDF, PASSPHRASE\n"
    "from tests.ui.people import add_person\n"
    "program = demo_program(org_id=uuid7(), coach_id=uuid7())\n"
    "coach = program.coaches[0]\n"
    "identity = Identity(org_id=program.org_id, coach_id=coach.id, device_id=uuid7(),\n"
    "                    username=coach.username, display_name=coach.display_name)\n"
    "store, _ = DataFolder(Path(sys.argv[1])).create(identity=identity,\n"
    "    passphrase=PASSPHRASE, kdf=FAST_KDF)\n"
    "save_pulled_reference(store, program.rows())\n"
)
