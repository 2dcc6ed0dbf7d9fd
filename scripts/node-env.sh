# Sourced by the project's scripts (never run on its own): puts a Node.js that this project
# supports first on PATH. The machine's own node is used when it is 22.15 or newer (a runtime
# dependency of @apollo/server needs it; Node 20 is past end of life). Otherwise the pinned
# official build below is unpacked once into .tools/ from the npm registry (the `node-linux-*`
# packages carry the same binaries as nodejs.org), so `npm start` and `npm test` work on older
# machines without a system upgrade. Set PROJECT_NODE_PIN to override the pinned version.

PROJECT_NODE_PIN="${PROJECT_NODE_PIN:-24.21.0}"

project_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=15)?0:1)' 2>/dev/null
}

if ! project_node_ok; then
  _root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  case "$(uname -m)" in
    x86_64|amd64) _arch=x64 ;;
    aarch64|arm64) _arch=arm64 ;;
    *) echo "[node] no pinned Node.js build for $(uname -m); install Node.js 22.15+ or 24" >&2; return 1 ;;
  esac
  _dir="$_root/.tools/node-$PROJECT_NODE_PIN-linux-$_arch"
  if [ ! -x "$_dir/bin/node" ]; then
    command -v npm >/dev/null 2>&1 || { echo "[node] npm is needed to fetch Node.js $PROJECT_NODE_PIN" >&2; return 1; }
    echo "[node] this machine's Node.js is older than 22.15: fetching Node.js $PROJECT_NODE_PIN (node-linux-$_arch) from the npm registry" >&2
    _tmp="$(mktemp -d)"
    if ! (cd "$_tmp" && npm pack --silent "node-linux-$_arch@$PROJECT_NODE_PIN" >/dev/null); then
      rm -rf "$_tmp"; echo "[node] could not fetch node-linux-$_arch@$PROJECT_NODE_PIN" >&2; return 1
    fi
    mkdir -p "$_dir.partial"
    tar -xzf "$_tmp"/node-linux-*.tgz -C "$_dir.partial" --strip-components=1
    rm -rf "$_tmp" "$_dir"
    mv "$_dir.partial" "$_dir"
  fi
  export PATH="$_dir/bin:$PATH"
  unset _root _arch _dir _tmp
fi
