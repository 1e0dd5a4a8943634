#!/usr/bin/env bash
# Build coachapp_VERSION_amd64.deb from the PyInstaller bundle with dpkg-deb alone.
#
#   installer/linux/build-deb.sh --bundle build/dist/coachapp --version 0.1.0 --out dist [--fast]
#
# --fast compresses lightly (the upgrade check in package-check builds a second .deb and
# only needs it to install, not to be small).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

bundle="" version="" out="dist" compress=(-Zxz -z6) fast=0
while [ $# -gt 0 ]; do
  case "$1" in
    --bundle) bundle=$2; shift 2 ;;
    --version) version=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --fast) compress=(-Zgzip -z1); fast=1; shift ;;
    *) echo "build-deb: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -x "$bundle/coachapp" ] || { echo "build-deb: no bundle at $bundle (run make package)" >&2; exit 1; }
[ -n "$version" ] || { echo "build-deb: --version is required" >&2; exit 2; }

stage=$(mktemp -d "${TMPDIR:-/tmp}/coachapp-deb.XXXXXX")
chmod 0755 "$stage"
trap 'rm -rf "$stage"' EXIT

# The app: one folder in /opt, a launcher on PATH.
install -d "$stage/opt"
cp -a "$bundle" "$stage/opt/coachapp"
install -D -m 0755 "$here/coachapp.sh" "$stage/usr/bin/coachapp"

# Menu entry and icon.
install -D -m 0644 "$here/coachapp.desktop" "$stage/usr/share/applications/coachapp.desktop"
install -D -m 0644 "$root/resources/icons/coachapp.svg" \
  "$stage/usr/share/icons/hicolor/scalable/apps/coachapp.svg"
install -D -m 0644 "$root/resources/icons/coachapp.png" \
  "$stage/usr/share/icons/hicolor/256x256/apps/coachapp.png"

# Documentation: the commented settings template and where the guide is.
install -D -m 0644 "$root/installer/config.toml.template" \
  "$stage/usr/share/doc/coachapp/config.toml.template"
install -D -m 0644 "$here/copyright" "$stage/usr/share/doc/coachapp/copyright"

# Maintainer scripts. /etc/coachapp/config.toml is written by postinst, not shipped: see the
# comment at the top of postinst for why it is not a dpkg conffile.
install -d "$stage/DEBIAN"
install -m 0755 "$here/postinst" "$here/postrm" "$stage/DEBIAN/"

depends=$(grep -v '^\s*#' "$here/depends.txt" | grep -v '^\s*$' | paste -sd, - | sed 's/,/, /g')
installed_size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
cat >"$stage/DEBIAN/control" <<EOF
Package: coachapp
Version: $version
Architecture: amd64
Maintainer: CoachApp maintainers <coachapp-admin@example.org>
Section: misc
Priority: optional
Installed-Size: $installed_size
Depends: $depends
Description: offline-first case management for HPOG career coaches
 CoachApp keeps participants, support services, referrals, notes and tasks for
 career coaches of Health Profession Opportunity Grants programs working inside
 TANF/DHS offices, in an encrypted database on the laptop, and syncs with the
 program's server when online.
 .
 Silent install with the server preset:
   sudo COACHAPP_SERVER_URL=https://… COACHAPP_ORG=… apt-get install -y ./coachapp.deb
 The machine-wide settings are /etc/coachapp/config.toml (kept on upgrade and on
 remove; purge deletes it). Each coach's data stays in their home folder.
EOF

if [ "$fast" = 0 ]; then
  (cd "$stage" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z |
    xargs -0 md5sum >DEBIAN/md5sums)
fi

mkdir -p "$out"
deb="$out/coachapp_${version}_amd64.deb"
dpkg-deb --root-owner-group --threads-max="$(nproc)" "${compress[@]}" --build "$stage" "$deb" >/dev/null
echo "$deb"
