#!/usr/bin/env bash
# Sets up a fresh Debian/Node 20 machine for linkwheel: pnpm, Chromium (for browser and e2e
# tests), PostgreSQL (the playground's persistence tests start a throwaway server from its
# binaries; `pnpm dev` itself needs none) and the lockfile's packages. Safe to run again: each
# step is skipped when done.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.21.0
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "$PNPM_VERSION" ]; then
  echo "[setup] installing pnpm $PNPM_VERSION"
  npm install -g "pnpm@$PNPM_VERSION" >/dev/null
fi

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
APT_UPDATED=0
apt_install() {
  if [ "$APT_UPDATED" = "0" ]; then $SUDO apt-get update -qq; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}

if [ "${LINKWHEEL_SKIP_CHROMIUM:-0}" != "1" ] && [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "[setup] installing Chromium from Debian"
  apt_install chromium
fi

if [ "${LINKWHEEL_SKIP_POSTGRES:-0}" != "1" ] && ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  echo "[setup] installing PostgreSQL from Debian (for the playground's Postgres tests)"
  apt_install postgresql
fi

echo "[setup] installing packages"
pnpm install --frozen-lockfile
