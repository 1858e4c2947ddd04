#!/usr/bin/env bash
# Installs what Backstory's demo and tests need, only when it is missing, so that running it again is quick:
#   - Debian's Chromium (the real browser the end-to-end tests and the demo drive) and a CJK font (so Chinese
#     names render in screenshots), through apt-get; Debian's Firefox ESR, where the Firefox build is tested; Xvfb
#     and xdotool too, for the one test that presses the extension's keyboard shortcut as a reader would (a
#     headless browser has no window to press it in);
#   - the npm packages, through `npm ci`, when node_modules is absent or older than package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
if [ -z "${FIREFOX_PATH:-}" ] && [ ! -x /usr/bin/firefox-esr ]; then missing+=(firefox-esr); fi
if ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then missing+=(fonts-noto-cjk); fi
if ! command -v Xvfb >/dev/null; then missing+=(xvfb); fi
if ! command -v xdotool >/dev/null; then missing+=(xdotool); fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing ${missing[*]} with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  elif command -v sudo >/dev/null && command -v apt-get >/dev/null; then
    echo "setup: installing ${missing[*]} with sudo apt-get"
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: please install ${missing[*]} (or set CHROMIUM_PATH to a Chromium or Chrome binary, FIREFOX_PATH to a Firefox)" >&2
    exit 1
  fi
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
fi
