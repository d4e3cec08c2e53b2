#!/usr/bin/env bash
# Puts CardKeeper in the desktop's application menu and in the file manager's "Open With" for
# card photos and contact files, for an install made with pip (a venv has no desktop entry).
#
#   scripts/install_desktop.sh [--prefix DIR] [--exec PATH] [--uninstall]
#
# DIR defaults to $XDG_DATA_HOME (~/.local/share), so no root is needed. PATH is the cardkeeper
# command the entry starts, written absolute because a venv's bin/ is not on the desktop's PATH;
# it defaults to the active venv's, then this checkout's .venv, then the one on PATH.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
app_id="io.github.cardkeeper.CardKeeper"
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
command_path=""
uninstall=false

usage() {
    echo "usage: scripts/install_desktop.sh [--prefix DIR] [--exec PATH] [--uninstall]" >&2
    exit 2
}

while (($#)); do
    case "$1" in
        --prefix) (($# >= 2)) || usage; prefix="$2"; shift 2 ;;
        --exec) (($# >= 2)) || usage; command_path="$2"; shift 2 ;;
        --uninstall) uninstall=true; shift ;;
        -h | --help) usage ;;
        *) echo "unknown argument: $1" >&2; usage ;;
    esac
done

sizes=(16 24 32 48 64 128 256 512)
hicolor="$prefix/icons/hicolor"
installed=(
    "$prefix/applications/$app_id.desktop"
    "$prefix/metainfo/$app_id.metainfo.xml"
    "$hicolor/scalable/apps/$app_id.svg"
)
for size in "${sizes[@]}"; do
    installed+=("$hicolor/${size}x${size}/apps/$app_id.png")
done

# Menus, "Open With" lists and icon lookups read caches; each is refreshed where the tool exists.
refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database --quiet "$prefix/applications"
    fi
    # Only a theme root (with index.theme) gets an icon cache: a cache in ~/.local/share would
    # hide icons other apps add later without refreshing it. Elsewhere the folder's new time is
    # what tells GTK to look again.
    if [[ -f "$hicolor/index.theme" ]] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache --quiet --force "$hicolor"
    elif [[ -d "$hicolor" ]]; then
        touch "$hicolor"
    fi
}

if $uninstall; then
    rm -f "${installed[@]}"
    refresh_caches
    echo "Removed CardKeeper's desktop entry from $prefix"
    exit 0
fi

if [[ -z "$command_path" ]]; then
    if [[ -n "${VIRTUAL_ENV:-}" && -x "$VIRTUAL_ENV/bin/cardkeeper" ]]; then
        command_path="$VIRTUAL_ENV/bin/cardkeeper"
    elif [[ -x "$root/.venv/bin/cardkeeper" ]]; then
        command_path="$root/.venv/bin/cardkeeper"
    else
        command_path="$(command -v cardkeeper || true)"
    fi
fi
if [[ -z "$command_path" || ! -x "$command_path" || -d "$command_path" ]]; then
    echo "No cardkeeper command found${command_path:+ at $command_path}: install CardKeeper" \
        "(pip install .) or name it with --exec PATH." >&2
    exit 1
fi
command_path="$(cd "$(dirname "$command_path")" && pwd)/$(basename "$command_path")"
# Inside Exec's double quotes a path may hold spaces; ", `, $ and \ would need escaping twice over
# (the quoting and the desktop file's own backslashes), and GLib's file managers drop an entry whose
# program path holds a % (the spec's %% is not undone before the path is looked up).
if [[ "$command_path" == *[\"\`\$\\%]* ]]; then
    echo "The path $command_path holds one of \" \` \$ \\ %, which a desktop entry cannot start;" \
        "install CardKeeper elsewhere." >&2
    exit 1
fi

# sed takes & as the matched text and | ends its pattern here.
sed_path="${command_path//&/\\&}"
sed_path="${sed_path//|/\\|}"
install -d "$prefix/applications" "$prefix/metainfo" "$hicolor/scalable/apps"
sed -e "s|^TryExec=.*|TryExec=$sed_path|" \
    -e "s|^Exec=cardkeeper |Exec=\"$sed_path\" |" \
    "$root/resources/$app_id.desktop" >"$prefix/applications/$app_id.desktop"
chmod 644 "$prefix/applications/$app_id.desktop"
install -m 644 "$root/resources/$app_id.metainfo.xml" "$prefix/metainfo/"
install -m 644 "$root/resources/cardkeeper.svg" "$hicolor/scalable/apps/$app_id.svg"
for size in "${sizes[@]}"; do
    install -D -m 644 "$root/resources/icons/hicolor/${size}x${size}/apps/$app_id.png" \
        "$hicolor/${size}x${size}/apps/$app_id.png"
done
refresh_caches
echo "Installed CardKeeper's desktop entry in $prefix, starting $command_path"
