#!/usr/bin/env bash
# Starts the app built by `mvn -B -q package -DskipTests` (target/app, the extracted jar) with the JVM options that
# make it start quickly on a small machine (README, Start-up):
#   -XX:TieredStopAtLevel=1   only the C1 compiler: C2 took as much CPU as the application itself during start-up
#                             (12 of 29 s at load 10 on 2 cores). For a node that re-evaluates large registers for
#                             hours, JAVA_OPTS=-XX:TieredStopAtLevel=4 puts C2 back (later options win).
#   -XX:SharedArchiveFile     the classes of a start-up read from a class-data-sharing archive made once per build
#                             (target/app/ansinh.jsa) instead of being parsed and verified from the jars again.
# The archive is made here when it is missing or older than a jar of target/app: one training start on a throwaway data folder
# and port (first start with the demo province, then stopped), then `java -Xshare:dump` from the classes it loaded.
# OpenJDK 17 crashes archiving lambda proxies (SystemDictionaryShared::adjust_lambda_proxy_class_dictionary), in
# -XX:ArchiveClassesAtExit as in a static dump, so they are left out of the class list: lambdas are made as usual.
#
#   ./start.sh [app arguments]   make the archive if needed, then start (exec) the app
#   ./start.sh prepare           only make the archive if needed
# ANSINH_CDS=off starts without an archive; JAVA_OPTS are added after the options above; every other setting is the
# app's own (ANSINH_DATA_DIR, PORT, …).
set -euo pipefail
cd "$(dirname "$0")"

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
APP_DIR=target/app
JAR="$APP_DIR/ansinh-0.1.0-SNAPSHOT.jar"
JSA="$APP_DIR/ansinh.jsa"
OPTS=(-XX:TieredStopAtLevel=1)

if [ ! -f "$JAR" ]; then
  echo "No $JAR: build it first with: mvn -B -q package -DskipTests" >&2
  exit 1
fi

prepare() {
  [ "${ANSINH_CDS:-on}" = off ] && return 0
  # a jar of target/app newer than the archive (a new build): the JVM would refuse the archive, make it again
  if [ -f "$JSA" ] && [ -z "$(find "$APP_DIR" -name '*.jar' -newer "$JSA" -print -quit)" ]; then
    return 0
  fi
  local work log list pid i
  work="$(mktemp -d "${TMPDIR:-/tmp}/ansinh-cds.XXXXXX")"
  log="$work/training.log"
  list="$work/classes.lst"
  echo "Making the class-data archive $JSA (once per build; a training start on $work) ..." >&2
  ANSINH_DATA_DIR="$work/postgres" PORT=0 "$JAVA" "${OPTS[@]}" -Xshare:off -XX:DumpLoadedClassList="$list" \
    -jar "$JAR" >"$log" 2>&1 &
  pid=$!
  # until the demo province is seeded (its review year is the last step), at most 2 minutes after "Started"
  local started=-1
  for ((i = 0; i < 1200; i++)); do
    sleep 0.5
    if ! kill -0 "$pid" 2>/dev/null; then
      break
    fi
    if [ "$started" -lt 0 ] && grep -q "Started AnSinhApplication" "$log"; then
      started=$i
    fi
    if [ "$started" -ge 0 ] && { grep -q "Demo province: this year's review\|Demo province: no review" "$log" \
        || [ $((i - started)) -gt 240 ]; }; then
      break
    fi
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if ! grep -q "Started AnSinhApplication" "$log"; then
    echo "The training start did not start (log kept: $log); starting without an archive." >&2
    return 0
  fi
  grep -v '^@lambda-proxy' "$list" >"$list.nolambda"
  rm -f "$JSA"
  if "$JAVA" -Xshare:dump -XX:SharedClassListFile="$list.nolambda" -XX:SharedArchiveFile="$JSA" \
      -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$JAR" >"$work/dump.log" 2>&1 && [ -f "$JSA" ]; then
    echo "Class-data archive $JSA made ($(du -h "$JSA" | cut -f1))." >&2
    rm -rf "$work"
  else
    rm -f "$JSA"
    echo "Could not make the class-data archive (log kept: $work/dump.log); starting without it." >&2
  fi
}

prepare
if [ "${1:-}" = prepare ]; then
  exit 0
fi
if [ "${ANSINH_CDS:-on}" != off ] && [ -f "$JSA" ]; then
  OPTS+=(-XX:SharedArchiveFile="$JSA" -Xshare:auto)
fi
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec "$JAVA" "${OPTS[@]}" ${JAVA_OPTS:-} -jar "$JAR" "$@"
