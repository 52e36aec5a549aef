#!/bin/sh
# Removes what install.sh put under ~/.local. Your settings, change journal and log, and the passwords in
# the desktop keyring are kept (delete a server profile in the app first to remove its password).
set -eu
data="${XDG_DATA_HOME:-$HOME/.local/share}"
prefix="$HOME/.local"
rm -f "$data/applications/leadeditor.desktop" "$data/metainfo/io.github.leadeditor.LeadEditor.metainfo.xml"
find "$data/icons/hicolor" -path '*/apps/leadeditor.*' -type f -exec rm -f {} + 2>/dev/null || true
if [ "$(readlink "$prefix/bin/leadeditor" 2>/dev/null)" = "$prefix/opt/leadeditor/leadeditor" ]; then
  rm -f "$prefix/bin/leadeditor"
fi
rm -rf "$prefix/opt/leadeditor"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
echo "Lead Editor removed. Settings, journal and log were kept."
