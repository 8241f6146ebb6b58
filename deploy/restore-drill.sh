#!/usr/bin/env bash
# The restore drill of docs/operations.md, "Backups": store every example as a partner's keyed evaluation on the
# PostgreSQL build, dump the database, drop it, restore the dump, restart the service, and check that every stored
# evaluation reads back byte for byte and replays identically. Needs the PostgreSQL build (target/pg-app), a
# PostgreSQL on 127.0.0.1:5432 that the user "postgres" reaches without a password, curl and jq.
#   deploy/restore-drill.sh            (from the project directory)
set -euo pipefail
DB=checker_restore_drill
PORT=${PORT:-18090}
WORK=$(mktemp -d)
BASE=http://127.0.0.1:$PORT
ADMIN=restore-drill-admin
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)

start() {
  CHECKER_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB CHECKER_DB_USER=postgres QUARKUS_PROFILE=pg \
    java -Xmx256m -Dquarkus.http.port=$PORT -Dchecker.data.dir="$WORK/data" \
    -Dchecker.bootstrap.admin-api-key=$ADMIN -Dchecker.rate-limit.key-requests-per-minute=0 \
    -jar target/pg-app/quarkus-run.jar >"$WORK/service-$1.log" 2>&1 &
  echo $! >"$WORK/pid"
  for _ in $(seq 1 120); do curl -sf "$BASE/q/health/ready" >/dev/null && return; sleep 0.5; done
  echo "the service did not become ready; see $WORK/service-$1.log" >&2; exit 1
}
stop() { kill "$(cat "$WORK/pid")"; wait "$(cat "$WORK/pid")" 2>/dev/null || true; }

"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
start before
KEY=$(curl -sf -X POST -H "X-API-Key: $ADMIN" -H 'Content-Type: application/json' \
  -d '{"name": "drill partner", "role": "PARTNER", "organization": "drill"}' "$BASE/api/v1/admin/api-keys" | jq -r .key)

: >"$WORK/ids"
for f in examples/*/*.json; do
  domain=$(basename "$(dirname "$f")")
  id=$(jq -c .input "$f" | curl -s -X POST -H "X-API-Key: $KEY" -H 'Content-Type: application/json' \
    --data-binary @- "$BASE/api/v1/evaluations/$domain" | jq -r '.evaluationId // empty')
  [ -n "$id" ] && echo "$id" >>"$WORK/ids"
done
STORED=$(wc -l <"$WORK/ids")
while read -r id; do curl -sf -H "X-API-Key: $KEY" "$BASE/api/v1/evaluations/$id" >"$WORK/before-$id.json"; done <"$WORK/ids"
stop

T0=$(date +%s.%N)
pg_dump -h 127.0.0.1 -U postgres -Fc "$DB" >"$WORK/checker.dump"
T1=$(date +%s.%N)
"${PSQL[@]}" -d postgres -c "DROP DATABASE $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
pg_restore -h 127.0.0.1 -U postgres -d "$DB" "$WORK/checker.dump"
T2=$(date +%s.%N)

start after
SAME=0
IDENTICAL=0
while read -r id; do
  curl -sf -H "X-API-Key: $KEY" "$BASE/api/v1/evaluations/$id" >"$WORK/after-$id.json"
  cmp -s "$WORK/before-$id.json" "$WORK/after-$id.json" && SAME=$((SAME + 1))
  [ "$(curl -sf -X POST -H "X-API-Key: $KEY" "$BASE/api/v1/evaluations/$id/replay" | jq -r .replay.identical)" = true ] \
    && IDENTICAL=$((IDENTICAL + 1))
done <"$WORK/ids"
stop
"${PSQL[@]}" -d postgres -c "DROP DATABASE $DB WITH (FORCE)"

printf 'stored %d evaluations; dump %s bytes in %.2f s; drop and restore in %.2f s\n' "$STORED" \
  "$(stat -c %s "$WORK/checker.dump")" "$(echo "$T1 - $T0" | bc)" "$(echo "$T2 - $T1" | bc)"
printf 'after the restore: %d of %d read back byte for byte, %d of %d replay identically\n' \
  "$SAME" "$STORED" "$IDENTICAL" "$STORED"
[ "$SAME" -eq "$STORED" ] && [ "$IDENTICAL" -eq "$STORED" ]
