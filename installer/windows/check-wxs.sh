#!/usr/bin/env bash
# Check installer/windows/coachapp.wxs by building an MSI from it with msitools' wixl.
#
#   installer/windows/check-wxs.sh BUNDLE VERSION OUT.msi
#
# The Windows bundle can only be built on Windows, so the MSI made here holds empty files
# named after the Linux bundle's: it proves the definition compiles (schema, ids, directory
# tree, custom action, upgrade table), not that the Windows app runs. The real MSI is built
# by .github/workflows/windows-installer.yml. Skips with a message where wixl is missing.
set -euo pipefail
bundle=$(realpath "$1") version=$2 out=$(realpath -m "$3")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

if ! command -v wixl >/dev/null 2>&1 || ! command -v wixl-heat >/dev/null 2>&1; then
  echo "wxs-check: SKIPPED: wixl is not installed (installer/deps.sh installs it as root)"
  exit 0
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/coachapp-wxs.XXXXXX")
trap 'rm -rf "$work"' EXIT
stub="$work/coachapp"
mkdir -p "$stub/_internal"
(cd "$bundle/_internal" && find . -type f -o -type l) | while IFS= read -r f; do
  mkdir -p "$stub/_internal/$(dirname "$f")"
  : >"$stub/_internal/$f"
done
: >"$stub/coachapp.exe"

# wixl wants paths relative to where it runs.
cd "$work"
find coachapp/_internal -type f | sort |
  wixl-heat -p coachapp/_internal/ --var var.InternalDir --directory-ref INTERNALFOLDER \
    --component-group BundleFiles --win64 >bundle.wxs
cp "$root/resources/icons/coachapp.ico" coachapp.ico
wixl -a x64 -D Win64=yes -D Version="$version" -D BundleDir=coachapp \
  -D InternalDir=coachapp/_internal -D IconFile=coachapp.ico \
  -o coachapp.msi "$root/installer/windows/coachapp.wxs" bundle.wxs 2>wixl.log || {
  cat wixl.log >&2
  echo "wxs-check: FAILED: wixl could not build an MSI from installer/windows/coachapp.wxs" >&2
  exit 1
}
# wixl warns about WiX attributes it does not implement (Secure, Platform, …); those are for
# WiX proper on Windows. Anything else it says is shown.
grep -v -e '^$' -e "has no property named" wixl.log >&2 || true
# (Read each table whole before searching it: grep -q stopping early would break the pipe.)
for table in Upgrade CustomAction Shortcut; do
  rows=$(msiinfo export coachapp.msi "$table" | tail -n +4)
  [ -n "$rows" ] || { echo "wxs-check: FAILED: the MSI has no $table rows" >&2; exit 1; }
done
actions=$(msiinfo export coachapp.msi CustomAction)
case "$actions" in
  *--write-machine-config*) ;;
  *) echo "wxs-check: FAILED: the custom action that writes config.toml is missing" >&2; exit 1 ;;
esac
mkdir -p "$(dirname "$out")"
cp "$work/coachapp.msi" "$out"
echo "wxs-check: wixl built $out from installer/windows/coachapp.wxs ($(find "$bundle/_internal" -type f | wc -l) files harvested)"
