#!/bin/sh
# Installs Lead Editor for the current user only (no root): the program in ~/.local/opt/leadeditor, a
# `leadeditor` command in ~/.local/bin, the menu entry, icons and AppStream metadata under ~/.local/share.
# Run it from the unpacked folder: ./install.sh     Remove with: ~/.local/opt/leadeditor/uninstall.sh
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
prefix="$HOME/.local"
app="$prefix/opt/leadeditor"

rm -rf "$app.new"
mkdir -p "$prefix/opt" "$prefix/bin" "$data/applications" "$data/metainfo"
cp -R "$here/leadeditor" "$app.new"
cp "$here/uninstall.sh" "$app.new/uninstall.sh"
rm -rf "$app"
mv "$app.new" "$app"
ln -sf "$app/leadeditor" "$prefix/bin/leadeditor"
# the menu entry starts the program by its full path: ~/.local/bin is not on every desktop's PATH
sed "s|^Exec=leadeditor|Exec=\"$app/leadeditor\"|" "$here/share/applications/leadeditor.desktop" \
  > "$data/applications/leadeditor.desktop"
cp "$here/share/metainfo/"*.xml "$data/metainfo/"
(cd "$here/share" && find icons -type f) | while read -r icon; do
  mkdir -p "$data/$(dirname "$icon")"
  cp "$here/share/$icon" "$data/$icon"
done
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "Lead Editor installed in $app."
echo "Start it from the applications menu, or run: $prefix/bin/leadeditor"
