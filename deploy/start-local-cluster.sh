#!/usr/bin/env bash
# Production shape on one machine, all on loopback:
#   PostgreSQL (already running) → a Prefect server on PostgreSQL → a process work pool
#   with two workers → dondoc's deployments → the web app.
# Usage: deploy/start-local-cluster.sh [start|stop]   (logs and pids under $STATE)
set -euo pipefail
cd "$(dirname "$0")/.."
STATE=${DONDOC_CLUSTER_STATE:-$PWD/.cluster}
PG=${DONDOC_PG_ADMIN:-postgresql://postgres@127.0.0.1:5432/postgres}
POOL=${DONDOC_POOL:-dondoc}
PREFECT_PORT=${PREFECT_PORT:-4200}
WEB_PORT=${WEB_PORT:-8080}
BIN=$PWD/.venv/bin
mkdir -p "$STATE"

stop() {
  for pidfile in "$STATE"/*.pid; do
    [ -e "$pidfile" ] || continue
    kill "$(cat "$pidfile")" 2>/dev/null || true
    rm -f "$pidfile"
  done
  echo "stopped"
}

start() {
  [ -x "$BIN/dondoc" ] || python3 dev.py setup
  for db in prefect dondoc; do
    psql "$PG" -tAc "SELECT 1 FROM pg_database WHERE datname='$db'" | grep -q 1 || psql "$PG" -c "CREATE DATABASE $db" >/dev/null
  done
  export PREFECT_API_DATABASE_CONNECTION_URL="postgresql+asyncpg://postgres@127.0.0.1:5432/prefect"
  export PREFECT_SERVER_ANALYTICS_ENABLED=false
  export PREFECT_API_URL="http://127.0.0.1:$PREFECT_PORT/api"
  export DONDOC_DATABASE_URL="postgresql+psycopg://postgres@127.0.0.1:5432/dondoc"

  "$BIN/prefect" server start --host 127.0.0.1 --port "$PREFECT_PORT" >"$STATE/prefect-server.log" 2>&1 &
  echo $! >"$STATE/prefect-server.pid"
  for _ in $(seq 1 90); do curl -fs "$PREFECT_API_URL/health" >/dev/null && break; sleep 1; done

  "$BIN/dondoc" db upgrade
  "$BIN/prefect" work-pool inspect "$POOL" >/dev/null 2>&1 || "$BIN/prefect" work-pool create "$POOL" --type process >/dev/null
  "$BIN/dondoc" serve --pool "$POOL"
  for n in 1 2; do
    "$BIN/prefect" worker start --pool "$POOL" --name "dondoc-worker-$n" >"$STATE/worker-$n.log" 2>&1 &
    echo $! >"$STATE/worker-$n.pid"
  done
  "$BIN/dondoc" web --host 127.0.0.1 --port "$WEB_PORT" >"$STATE/web.log" 2>&1 &
  echo $! >"$STATE/web.pid"
  echo "Prefect UI: http://127.0.0.1:$PREFECT_PORT   web: http://127.0.0.1:$WEB_PORT   logs: $STATE"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 [start|stop]" >&2; exit 2 ;;
esac
