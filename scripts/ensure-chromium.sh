#!/usr/bin/env bash
# Makes sure a Chromium for the browser tests (test/browser/) is installed: the Debian package,
# never a browser downloaded by Playwright. Does nothing (and returns at once) when `chromium` is
# already on PATH or at /usr/bin/chromium; otherwise installs it with apt-get (needs root, or
# sudo without a password). Reports what it does on stderr.
set -euo pipefail

log() { echo "[chromium] $*" >&2; }

if [ -x /usr/bin/chromium ] || command -v chromium >/dev/null 2>&1; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  log "chromium not found and apt-get is unavailable: install Chromium and put \`chromium\` on PATH"
  exit 1
fi

sudo_cmd=()
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo_cmd=(sudo -n)
  else
    log "chromium not found; installing it needs root: run \`apt-get install -y chromium\` as root"
    exit 1
  fi
fi

log "chromium not found: apt-get update && apt-get install -y chromium"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q >&2
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends chromium >&2
log "installed $(chromium --version 2>/dev/null || echo chromium)"
