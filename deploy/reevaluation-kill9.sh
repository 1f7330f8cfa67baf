#!/usr/bin/env bash
# Kill -9 proof of the bulk re-evaluation (README, Bulk re-evaluation): starts a PROVINCE job, kills the JVM with
# SIGKILL while its chunks run, starts the application again under the same node name and waits for the job; the
# benchmark then checks that no assessed household lacks a decision of the job and none has two.
# Needs a standing PostgreSQL (the embedded one does not survive its JVM being killed):
#   SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/ansinh SPRING_DATASOURCE_USERNAME=… SPRING_DATASOURCE_PASSWORD=… \
#   HOUSEHOLDS=100000 KILL_AFTER=20 deploy/reevaluation-kill9.sh
set -euo pipefail
: "${SPRING_DATASOURCE_URL:?a standing PostgreSQL is needed}"
export ANSINH_NODE_NAME="${ANSINH_NODE_NAME:-kill9-node}"
export MAVEN_OPTS="${MAVEN_OPTS:--Xmx1g}"
households="${HOUSEHOLDS:-100000}"
log="$(mktemp)"
mvn -q -Pbench test-compile
# the mvn script execs java, so $! is the JVM
mvn -q -Pbench exec:java -Dbench=ReevaluationBenchmark -Dhouseholds="$households" -Dmode=start >"$log" 2>&1 &
jvm=$!
until grep -q '^job [0-9a-f-]* started' "$log"; do
  kill -0 "$jvm" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 1
done
job="$(grep -o '^job [0-9a-f-]*' "$log" | cut -d' ' -f2)"
sleep "${KILL_AFTER:-20}"
kill -9 "$jvm"
wait "$jvm" 2>/dev/null || true
echo "killed JVM $jvm running job $job; chunks done before the kill:"
psql "${SPRING_DATASOURCE_URL#jdbc:}" -U "${SPRING_DATASOURCE_USERNAME:-postgres}" -Atc \
  "select count(done_at) || ' of ' || count(*) from reevaluation_chunk where job_id = '$job'" 2>/dev/null || true
echo "process instances the killed JVM left locked:"
psql "${SPRING_DATASOURCE_URL#jdbc:}" -U "${SPRING_DATASOURCE_USERNAME:-postgres}" -Atc \
  "select count(*) from act_ru_execution where lock_owner_ = '$ANSINH_NODE_NAME' and lock_time_ > now()" 2>/dev/null || true
mvn -q -Pbench exec:java -Dbench=ReevaluationBenchmark -Dmode=resume -Djob="$job"
