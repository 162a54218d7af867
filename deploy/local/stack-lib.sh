# Shared by up, down and restart (sourced, not run). Expects $root and $data.
run=$data/run            # one pid file per process: up.pid, postgres.pid, kafka.pid, <service>.pid
logs=$data/logs
SERVICES=(profile-service ingest-service search-service)
INFRA=(postgres kafka)

# the pid in run/NAME.pid if that process is alive and is ours (a java process; pids get reused)
live_pid() {
  local file=$run/$1.pid pid
  [ -f "$file" ] || return 1
  pid=$(cat "$file" 2>/dev/null) || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  if [ "$1" != up ]; then grep -qa java "/proc/$pid/cmdline" 2>/dev/null || return 1; fi
  echo "$pid"
}

# TERM, then KILL after a grace period (seconds, default 30)
stop_pids() {
  local grace=${GRACE:-30} pid alive
  for pid in "$@"; do kill "$pid" 2>/dev/null; done
  for _ in $(seq 1 $((grace * 2))); do
    alive=0
    for pid in "$@"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && return 0
    sleep 0.5
  done
  for pid in "$@"; do kill -9 "$pid" 2>/dev/null && echo "killed $pid after ${grace} s"; done
  return 0
}

# A PostgreSQL server left running in our data folder (its launcher was killed outright): its
# postmaster.pid names it. Fast shutdown (SIGINT), then immediate (SIGQUIT).
stop_stale_postgres() {
  local pidfile=$data/postgres/pgdata/postmaster.pid pid
  [ -f "$pidfile" ] || return 0
  pid=$(head -1 "$pidfile")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && grep -qa postgres "/proc/$pid/cmdline" 2>/dev/null; then
    echo "stopping a PostgreSQL server (pid $pid) left running in $data/postgres"
    kill -INT "$pid" 2>/dev/null
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
    kill -QUIT "$pid" 2>/dev/null
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null
  fi
}

# Stops every process of the stack that is still alive: services first (their consumers leave
# their groups cleanly), then the broker and the database.
stop_stack() {
  local name pid pids=()
  for name in "${SERVICES[@]}"; do pid=$(live_pid "$name") && pids+=("$pid"); done
  [ "${#pids[@]}" -gt 0 ] && stop_pids "${pids[@]}"
  pids=()
  for name in "${INFRA[@]}"; do pid=$(live_pid "$name") && pids+=("$pid"); done
  [ "${#pids[@]}" -gt 0 ] && stop_pids "${pids[@]}"
  stop_stale_postgres
  for name in "${SERVICES[@]}" "${INFRA[@]}"; do rm -f "$run/$name.pid" "$run/$name.restart"; done
}
