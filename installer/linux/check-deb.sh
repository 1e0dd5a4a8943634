#!/usr/bin/env bash
# Install the .deb the way an administrator does, check it, upgrade it, remove and purge it.
#
#   installer/linux/check-deb.sh dist/coachapp_X_amd64.deb build/dist/coachapp X [python]
#
# Needs root and dpkg (it installs and removes a real package); skips with a message where
# the machine has neither. Prints each step, then one JSON line of timings; writes it to
# build/package-check.json too.
set -euo pipefail
deb=$1 bundle=$2 version=$3 python=${4:-python3}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

if [ "$(id -u)" != 0 ] || ! command -v dpkg >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "package-check: SKIPPED: installing a package needs root with dpkg and apt-get;" \
    "this machine has $( [ "$(id -u)" = 0 ] && echo "no dpkg/apt-get" || echo "no root")."
  exit 0
fi

CONF=/etc/coachapp/config.toml
say() { printf 'package-check: %s\n' "$*"; }
fail() { printf 'package-check: FAILED: %s\n' "$*" >&2; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$(now)" -v b="$1" 'BEGIN { printf "%.2f", a - b }'; }

work=$(mktemp -d "${TMPDIR:-/tmp}/coachapp-check.XXXXXX")
saved_conf=""
cleanup() {
  dpkg --purge coachapp >/dev/null 2>&1 || true
  if [ -n "$saved_conf" ]; then mkdir -p /etc/coachapp && cp -p "$saved_conf" "$CONF"; fi
  rm -rf "$work"
}
trap cleanup EXIT

# A machine that already runs CoachApp: keep its settings file, put it back afterwards.
if dpkg-query -W -f='${Status}' coachapp 2>/dev/null | grep -q "installed"; then
  say "coachapp is installed here already; it is replaced for the check and purged after"
fi
if [ -e "$CONF" ]; then saved_conf="$work/saved-config.toml"; cp -p "$CONF" "$saved_conf"; fi
dpkg --purge coachapp >/dev/null 2>&1 || true
rm -f "$CONF"

export QT_QPA_PLATFORM=offscreen
export HOME="$work/home"  # a coach's home folder: the package must never touch it
mkdir -p "$HOME"

# 1. Silent install with the server preset, exactly as docs/admin.md says.
say "silent install: COACHAPP_SERVER_URL=… COACHAPP_ORG=… apt-get install -y ./$(basename "$deb")"
t0=$(now)
COACHAPP_SERVER_URL=https://coachapp.example.org COACHAPP_ORG=hpog-check \
  COACHAPP_LOCKED=server_url,org DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends "$(realpath "$deb")" >"$work/apt.log" 2>&1 ||
  { cat "$work/apt.log"; fail "apt-get install"; }
t_install=$(since "$t0")
grep -qx 'server_url = "https://coachapp.example.org"' "$CONF" || fail "server_url not preset in $CONF"
grep -qx 'org = "hpog-check"' "$CONF" || fail "org not preset in $CONF"
grep -qx 'locked = \["server_url", "org"\]' "$CONF" || fail "locked not preset in $CONF"
[ "$(stat -c %a "$CONF")" = 644 ] || fail "$CONF is not mode 644"
for f in /usr/bin/coachapp /opt/coachapp/coachapp /usr/share/applications/coachapp.desktop \
  /usr/share/icons/hicolor/scalable/apps/coachapp.svg; do
  [ -e "$f" ] || fail "$f is missing"
done
say "installed in ${t_install}s; $CONF holds the preset"

# 2. The installed app works.
t0=$(now)
/usr/bin/coachapp --selftest >"$work/selftest.log" 2>&1 || { cat "$work/selftest.log"; fail "--selftest"; }
t_selftest=$(since "$t0")
tail -n 1 "$work/selftest.log" | grep -qx OK || { cat "$work/selftest.log"; fail "--selftest did not say OK"; }
got=$(/usr/bin/coachapp --version)
[ "$got" = "CoachApp $version" ] || fail "--version said '$got', expected 'CoachApp $version'"
say "--selftest OK in ${t_selftest}s; --version: $got"

# A coach's data folder, made by the installed app.
data="$HOME/.local/share/CoachApp"
/usr/bin/coachapp --data-dir "$data" --quit-after-start >/dev/null 2>&1 || fail "the window did not start"
[ -d "$data" ] || fail "the app made no data folder"
echo "unsynced work" >"$data/coach-marker.txt"

# 3. The administrator edits the file; an upgrade keeps the edit and the coach's data.
sed -i 's/^# auto_lock_minutes = 5$/auto_lock_minutes = 2/' "$CONF"
grep -qx 'auto_lock_minutes = 2' "$CONF" || fail "could not make the administrator's edit"
"$root/installer/linux/build-deb.sh" --bundle "$bundle" --version "${version}+check1" \
  --out "$work/upgrade" --fast >/dev/null
t0=$(now)
dpkg -i "$work/upgrade/coachapp_${version}+check1_amd64.deb" >"$work/upgrade.log" 2>&1 ||
  { cat "$work/upgrade.log"; fail "dpkg -i (upgrade)"; }
t_upgrade=$(since "$t0")
[ "$(dpkg-query -W -f='${Version}' coachapp)" = "${version}+check1" ] || fail "upgrade not installed"
grep -qx 'auto_lock_minutes = 2' "$CONF" || fail "the upgrade lost the administrator's edit"
grep -qx 'server_url = "https://coachapp.example.org"' "$CONF" || fail "the upgrade lost server_url"
[ -f "$data/coach-marker.txt" ] || fail "the upgrade touched the coach's data"
say "upgrade in ${t_upgrade}s kept the administrator's edit and the coach's data"

# 4. Installing again with one new preset changes that key and nothing else.
COACHAPP_ORG=hpog-renamed dpkg -i "$work/upgrade/coachapp_${version}+check1_amd64.deb" \
  >"$work/reinstall.log" 2>&1 || { cat "$work/reinstall.log"; fail "dpkg -i (new preset)"; }
grep -qx 'org = "hpog-renamed"' "$CONF" || fail "the new org was not written"
grep -qx 'auto_lock_minutes = 2' "$CONF" || fail "a new preset lost the administrator's edit"

# 5. A bad preset fails the install loudly and leaves the file as it was.
before=$(sha256sum "$CONF")
if COACHAPP_SERVER_URL=ftp://nowhere dpkg -i "$work/upgrade/coachapp_${version}+check1_amd64.deb" \
  >"$work/bad.log" 2>&1; then
  fail "a server_url without https:// was accepted"
fi
grep -q "server_url must start with https://" "$work/bad.log" || { cat "$work/bad.log"; fail "no reason given"; }
[ "$(sha256sum "$CONF")" = "$before" ] || fail "a refused preset changed $CONF"
dpkg --configure coachapp >/dev/null 2>&1 || fail "dpkg --configure after a refused preset"
say "a bad preset was refused with its reason; $CONF unchanged"

# 6. Start-up time, while it is installed: frozen app against the source tree.
start_json=$(cd "$root" && "$python" installer/measure_start.py --frozen /usr/bin/coachapp --runs 5)
say "start-up: $start_json"

# 7. Remove keeps the machine settings and the coach's data; purge deletes only the settings.
t0=$(now)
dpkg -r coachapp >"$work/remove.log" 2>&1 || { cat "$work/remove.log"; fail "dpkg -r"; }
t_remove=$(since "$t0")
[ ! -e /opt/coachapp ] && [ ! -e /usr/bin/coachapp ] || fail "remove left the program behind"
[ -f "$CONF" ] || fail "remove deleted $CONF"
[ -f "$data/coach-marker.txt" ] || fail "remove touched the coach's data"
t0=$(now)
dpkg --purge coachapp >"$work/purge.log" 2>&1 || { cat "$work/purge.log"; fail "dpkg --purge"; }
t_purge=$(since "$t0")
[ ! -e "$CONF" ] && [ ! -e /etc/coachapp ] || fail "purge left $CONF"
[ -f "$data/coach-marker.txt" ] || fail "purge touched the coach's data"
say "remove (${t_remove}s) kept $CONF and the data; purge (${t_purge}s) deleted only $CONF"

deb_bytes=$(stat -c %s "$deb")
bundle_kib=$(du -sk "$bundle" | cut -f1)
json=$(awk -v kib="$bundle_kib" -v bytes="$deb_bytes" -v i="$t_install" -v s="$t_selftest" \
  -v u="$t_upgrade" -v r="$t_remove" -v p="$t_purge" -v start="$start_json" 'BEGIN {
    printf "{\"bundle_unpacked_mb\": %.1f, \"deb_mb\": %.1f, \"install_s\": %.2f, ", kib / 1024, bytes / 1048576, i
    printf "\"selftest_s\": %.2f, \"upgrade_s\": %.2f, \"remove_s\": %.2f, \"purge_s\": %.2f, ", s, u, r, p
    printf "\"install_selftest_remove_s\": %.2f, \"start\": %s}", i + s + r + p, start
  }')
mkdir -p "$root/build"
echo "$json" >"$root/build/package-check.json"
echo "$json"
say "PASSED"
