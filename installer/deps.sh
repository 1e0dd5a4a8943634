#!/usr/bin/env bash
# Debian packages that building and checking the installers need, on a machine that can
# install packages (root with apt-get): msitools/wixl for the Windows installer's syntax
# check, and the desktop libraries the .deb depends on (installer/linux/depends.txt), so the
# install that `make package-check` times is the package itself, not a first download.
# Elsewhere it says so and does nothing. dpkg-deb, which builds the .deb, is part of dpkg.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "installer/deps.sh: not root with apt-get; not installing wixl or the .deb's libraries" \
    "(make package skips the MSI check; make package-check skips the install)"
  exit 0
fi

wanted=(wixl msitools)
mapfile -t libs < <(grep -v '^\s*#' "$here/linux/depends.txt" | grep -v '^\s*$')
wanted+=("${libs[@]}")

missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "installer/deps.sh: everything is installed already"
  exit 0
fi
echo "installer/deps.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
