#!/usr/bin/env bash
# The README's test command: installs what the tests need on a fresh Debian machine, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's Chromium (no browser download) and CJK fonts (deck's label atlas is drawn from system fonts);
# nginx and its Brotli-static module for the hosting test (test/browser/hosting.test.ts runs deploy/nginx/).
if ! command -v chromium >/dev/null 2>&1 || ! fc-list :lang=zh 2>/dev/null | grep -q . \
  || [ ! -x /usr/sbin/nginx ] || [ ! -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium fonts-noto-cjk nginx libnginx-mod-http-brotli-static
fi

npm ci --no-audit --no-fund
npm test
