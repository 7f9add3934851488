#!/usr/bin/env bash
# Sets up a fresh Debian/Node 20 machine for linkwheel: pnpm, Chromium (for browser and e2e
# tests) and the lockfile's packages. Safe to run again: each step is skipped when done.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.21.0
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "$PNPM_VERSION" ]; then
  echo "[setup] installing pnpm $PNPM_VERSION"
  npm install -g "pnpm@$PNPM_VERSION" >/dev/null
fi

if [ "${LINKWHEEL_SKIP_CHROMIUM:-0}" != "1" ] && [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "[setup] installing Chromium from Debian"
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

echo "[setup] installing packages"
pnpm install --frozen-lockfile
