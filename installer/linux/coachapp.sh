#!/bin/sh
# CoachApp launcher: the app is one folder in /opt/coachapp with its own Python and Qt.
exec /opt/coachapp/coachapp "$@"
