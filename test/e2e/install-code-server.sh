#!/usr/bin/env bash
# Installs what the real-editor tests need, idempotently, into a cache folder the repository
# ignores (.cache/e2e by default; PLAYBOOK_E2E_CACHE overrides it):
#   - Debian packages: chromium (the browser), ripgrep (replaces a GitHub download of code-server),
#     build-essential, python3, pkg-config, libkrb5-dev (native modules of the VS Code server),
#     fonts-wqy-microhei (a small CJK font, so screenshots show Chinese text), pngquant (keeps the
#     README screenshots small);
#   - Node 24 from the npm registry (`node` package), which code-server 4.139 needs;
#   - code-server 4.139.1 (VS Code 1.139.1) from the npm registry, finished by hand the way its
#     own postinstall would, minus its downloads.
# Each step is skipped when its result is already there. Prints the total time at the end.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${PLAYBOOK_E2E_CACHE:-$ROOT/.cache/e2e}"
CODE_SERVER_VERSION="${PLAYBOOK_CODE_SERVER_VERSION:-4.139.1}"
NODE_MAJOR=24
STARTED=$(date +%s)
log() { echo "[e2e-install] $*"; }

mkdir -p "$CACHE"

# ---------------------------------------------------------------- Debian packages
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v rg >/dev/null 2>&1 || need_apt+=(ripgrep)
command -v pngquant >/dev/null 2>&1 || need_apt+=(pngquant)
for pkg in build-essential python3 pkg-config libkrb5-dev fonts-wqy-microhei; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if ((${#need_apt[@]})); then
    SUDO=""
    if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
    log "apt-get install ${need_apt[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
else
    log "Debian packages present"
fi

# ---------------------------------------------------------------- Node 24
NODE_DIR="$CACHE/node$NODE_MAJOR"
node_bin() { find "$NODE_DIR/node_modules" -path '*/node-linux-*/bin/node' -type f 2>/dev/null | head -n1; }
NODE_BIN="$(node_bin || true)"
if [ -z "$NODE_BIN" ] || [ "$("$NODE_BIN" -p 'process.versions.node.split(".")[0]')" != "$NODE_MAJOR" ]; then
    log "npm i node@$NODE_MAJOR"
    mkdir -p "$NODE_DIR"
    [ -f "$NODE_DIR/package.json" ] || echo '{"name":"e2e-node","private":true}' >"$NODE_DIR/package.json"
    (cd "$NODE_DIR" && npm_config_unsafe_perm=true npm i --no-save --no-package-lock "node@$NODE_MAJOR" >/dev/null)
    NODE_BIN="$(node_bin)"
fi
NODE_PKG="$(dirname "$(dirname "$NODE_BIN")")"
log "Node $("$NODE_BIN" --version) at ${NODE_BIN#"$ROOT"/}"

# ---------------------------------------------------------------- code-server
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
STAMP="$CS_DIR/.installed"
if [ ! -f "$STAMP" ]; then
    log "installing code-server $CODE_SERVER_VERSION (a few minutes)"
    export PATH="$(dirname "$NODE_BIN"):$PATH"
    export npm_config_nodedir="$NODE_PKG"
    export npm_config_unsafe_perm=true
    export npm_config_yes=true
    export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
    mkdir -p "$CS_DIR"
    [ -f "$CS_DIR/package.json" ] || echo '{"name":"e2e-code-server","private":true}' >"$CS_DIR/package.json"
    cd "$CS_DIR"
    npm i --no-save --no-package-lock --ignore-scripts "code-server@$CODE_SERVER_VERSION" >/dev/null
    # argon2 builds from source when its prebuilt download fails.
    npm rebuild argon2 >/dev/null
    VS="$CS_DIR/node_modules/code-server/lib/vscode"
    cd "$VS"
    npm install --omit=dev --ignore-scripts >/dev/null
    mkdir -p node_modules/@vscode/ripgrep/bin
    ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
    npm rebuild >/dev/null
    rm -rf node_modules.asar
    ln -s node_modules node_modules.asar
    ln -sf code-linux.sh bin/remote-cli/code-server
    ln -sf browser-linux.sh bin/helpers/browser.sh
    (cd extensions && npm install --omit=dev >/dev/null)
    date -u +%FT%TZ >"$STAMP"
else
    log "code-server $CODE_SERVER_VERSION present"
fi

log "done in $(( $(date +%s) - STARTED )) s"
