#!/usr/bin/env bash
# Sets up everything CardKeeper needs on Debian/Ubuntu: the system packages
# (when run as root or with sudo) and a virtual environment in .venv with the
# package and its development tools at the versions in requirements.lock. Safe to run
# again: it only adds what is missing.
set -euo pipefail

cd "$(dirname "$0")/.."

APT_PACKAGES=(
    python3 python3-venv python3-pip
    tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd tesseract-ocr-script-latn
    tesseract-ocr-deu tesseract-ocr-fra tesseract-ocr-spa tesseract-ocr-ita tesseract-ocr-nld
    tesseract-ocr-jpn tesseract-ocr-jpn-vert tesseract-ocr-kor  # jpn, kor: reading/script.py
    tesseract-ocr-chi-sim tesseract-ocr-chi-tra tesseract-ocr-rus tesseract-ocr-ell  # script_choice.py
    fonts-ipafont-gothic             # kana and kanji for the tests' Japanese cards
    fonts-noto-cjk                   # Chinese, Japanese, Korean glyphs of tools/cardgen/script_cards.py
    xvfb xauth
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
    libxcb-xinerama0 libxcb-shape0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0
    libegl1 libgl1 libfontconfig1 libdbus-1-3
    fonts-dejavu-core fonts-liberation
    binutils                         # objdump: PyInstaller reads the bundle's libraries (make dist)
    desktop-file-utils appstream     # validate the desktop entry and AppStream metadata
    x11-utils                        # xprop, xwininfo: the bundle's window check
    dovecot-imapd openssl            # the mail tests' IMAP server and its certificate (tests/dovecot_server.py)
    trayer                           # a system tray for the test of starting in the tray
)

missing_apt_packages() {
    local pkg
    for pkg in "${APT_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
    done
}

if command -v apt-get >/dev/null 2>&1; then
    mapfile -t missing < <(missing_apt_packages)
    if ((${#missing[@]})); then
        if [[ $(id -u) -eq 0 ]]; then
            SUDO=()
        elif command -v sudo >/dev/null 2>&1; then
            SUDO=(sudo)
        else
            echo "These packages are missing and installing them needs root: ${missing[*]}" >&2
            exit 1
        fi
        echo "Installing system packages: ${missing[*]}"
        "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
else
    echo "Not a Debian/Ubuntu system: install Tesseract 5 and Python 3.11+ yourself (see README)." >&2
fi

# The venv holds exactly what requirements.lock names, checked against its hashes: when the
# lock changes, the venv is made anew, so nothing from an older lock or by hand stays in it.
PYTHON=${PYTHON:-python3}
lock_sum=$(cat requirements.lock pyproject.toml | sha256sum | cut -d' ' -f1)
stamp=.venv/.cardkeeper-installed
if [[ ! -f $stamp || $(cat "$stamp") != "$lock_sum" ]]; then
    rm -rf .venv
    "$PYTHON" -m venv .venv
    .venv/bin/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
    .venv/bin/python -m pip install --quiet --no-deps --no-build-isolation -e .
    .venv/bin/python -m pip check
    echo "$lock_sum" >"$stamp"
fi
