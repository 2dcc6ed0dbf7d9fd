#!/usr/bin/env bash
# Builds and runs the embedded Neo4j 5.26 launcher (scripts/neo4j-launcher) in the background.
#   scripts/neo4j.sh build    compile the launcher and copy its jars (skipped when up to date)
#   scripts/neo4j.sh start    build if needed, start unless one already runs, wait until Bolt answers
#   scripts/neo4j.sh stop     SIGTERM (clean checkpoint), SIGKILL after 60 s
#   scripts/neo4j.sh status   exit 0 when the launcher runs
# When NEO4J_URI is set the API talks to that server instead, and start/stop do nothing.
# Environment: NEO4J_HOME_DIR (default .neo4j), NEO4J_BOLT_PORT (7687), NEO4J_PAGECACHE_MB (256),
# NEO4J_HEAP_MB (1024; the benchmark sizes both for its 151k-node graph, see bench/README.md),
# NEO4J_TX_TIMEOUT_S (600: the timeout of transactions that set none, such as the seed load).
# Auth is on: the launcher generates the password of user neo4j into $NEO4J_HOME_DIR/password
# (mode 600) at its first start; the API's config, seed and tests read it from there.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
LAUNCHER="$ROOT/scripts/neo4j-launcher"
HOME_DIR="${NEO4J_HOME_DIR:-$ROOT/.neo4j}"
PORT="${NEO4J_BOLT_PORT:-7687}"
LOG="$HOME_DIR/launcher.log"
PIDFILE="$HOME_DIR/launcher.pid"
READY_TIMEOUT="${NEO4J_READY_TIMEOUT:-180}"

JAVA_OPTS=(-Xms256m "-Xmx${NEO4J_HEAP_MB:-1024}m" -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --enable-native-access=ALL-UNNAMED
  -Dlog4j2.disable.jmx=true -Dio.netty.tryReflectionSetAccessible=true
  -Djdk.nio.maxCachedBufferSize=1024)

log() { echo "[neo4j] $*" >&2; }

# Neo4j 5.26 supports Java 17 and 21 only.
check_java() {
  command -v java >/dev/null || { log "java not found: install Java 17 (or 21)"; return 1; }
  local major
  major="$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')"
  case "$major" in
    17 | 21) ;;
    *) log "Java $major found; Neo4j 5.26 needs Java 17 or 21 (set JAVA_HOME/PATH)"; return 1 ;;
  esac
}

is_built() {
  local stamp="$LAUNCHER/target/.built"
  [ -f "$stamp" ] && [ -d "$LAUNCHER/target/lib" ] || return 1
  # Rebuild when the pom or the launcher source changed since the last build.
  [ -z "$(find "$LAUNCHER/pom.xml" "$LAUNCHER/src" -newer "$stamp" -print -quit)" ]
}

build() {
  is_built && return 0
  command -v mvn >/dev/null || { log "mvn not found: install Maven 3.8+ and Java 17"; return 1; }
  log "building launcher (first run downloads Neo4j from Maven Central)"
  # Maven Central answers bursts with HTTP 429 now and then: retry with back-off.
  local i
  for i in 1 2 3 4; do
    if mvn -B -q -f "$LAUNCHER/pom.xml" package; then
      touch "$LAUNCHER/target/.built"
      return 0
    fi
    log "maven build failed (attempt $i), retrying"
    sleep $((i * 10))
  done
  return 1
}

running_pid() {
  [ -f "$PIDFILE" ] || return 1
  local pid
  pid="$(cat "$PIDFILE")"
  kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

bolt_open() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }

wait_ready() {
  local pid="$1" waited=0
  while [ "$waited" -lt "$READY_TIMEOUT" ]; do
    if grep -q NEO4J_READY "$LOG" 2>/dev/null && bolt_open; then
      log "ready on bolt://127.0.0.1:$PORT"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      log "launcher exited during start-up; last log lines:"
      tail -40 "$LOG" >&2 || true
      rm -f "$PIDFILE"
      return 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
  log "not ready after ${READY_TIMEOUT}s; see $LOG and $HOME_DIR/logs/debug.log"
  return 1
}

start() {
  if [ -n "${NEO4J_URI:-}" ]; then
    log "NEO4J_URI is set ($NEO4J_URI): using that server, starting nothing"
    return 0
  fi
  local pid
  if pid="$(running_pid)"; then
    wait_ready "$pid"
    return $?
  fi
  if bolt_open; then
    log "port $PORT is already in use by another process; set NEO4J_URI to use it or NEO4J_BOLT_PORT to move"
    return 1
  fi
  check_java
  build
  mkdir -p "$HOME_DIR"
  : >"$LOG"
  log "starting (data in $HOME_DIR)"
  NEO4J_BOLT_PORT="$PORT" nohup java "${JAVA_OPTS[@]}" \
    -cp "$LAUNCHER/target/classes:$LAUNCHER/target/lib/*" launcher.Main "$HOME_DIR" \
    >>"$LOG" 2>&1 </dev/null &
  echo $! >"$PIDFILE"
  wait_ready "$!"
}

stop() {
  if [ -n "${NEO4J_URI:-}" ]; then return 0; fi
  local pid
  pid="$(running_pid)" || { rm -f "$PIDFILE"; log "not running"; return 0; }
  kill -TERM "$pid"
  local i
  for i in $(seq 1 60); do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PIDFILE"
      log "stopped"
      return 0
    fi
    sleep 1
  done
  log "no clean shutdown after 60s: killing"
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PIDFILE"
}

case "${1:-}" in
  build) build ;;
  start) start ;;
  stop) stop ;;
  status) running_pid >/dev/null ;;
  *) echo "usage: $0 build|start|stop|status" >&2; exit 2 ;;
esac
