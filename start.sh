#!/usr/bin/env bash
# Starts the app built by `mvn -B -q package -DskipTests` (target/app, the extracted jar) with the JVM options that
# make it start quickly on a small machine (README, Start-up):
#   -XX:TieredStopAtLevel=1   only the C1 compiler: C2 took as much CPU as the application itself during start-up
#                             (12 of 29 s at load 10 on 2 cores). For a node that re-evaluates large registers for
#                             hours, JAVA_OPTS=-XX:TieredStopAtLevel=4 puts C2 back (later options win).
#   -XX:SharedArchiveFile     the classes of a start-up read from a class-data-sharing archive made once per build
#                             (target/app/ansinh.jsa) instead of being parsed and verified from the jars again.
# When the archive is missing or older than a jar of target/app, the start does not wait for it: this start lists the
# classes it loads (-XX:DumpLoadedClassList) and, in the background, once the list has stopped growing, `java -Xshare:dump`
# makes the archive from it for the next start. `./start.sh prepare` makes it beforehand instead: one training start on a
# throwaway data folder and port (first start with the demo province, then stopped), then the same dump.
# OpenJDK 17 crashes archiving lambda proxies (SystemDictionaryShared::adjust_lambda_proxy_class_dictionary), in
# -XX:ArchiveClassesAtExit as in a static dump, so they are left out of the class list: lambdas are made as usual.
#
#   ./start.sh [app arguments]   start (exec) the app, with the archive when there is one
#   ./start.sh prepare           only make the archive if needed (a training start, ≈ 1 minute)
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

archive_fresh() {
  # a jar of target/app newer than the archive (a new build): the JVM would refuse the archive, make it again
  [ -f "$JSA" ] && [ -z "$(find "$APP_DIR" -name '*.jar' -newer "$JSA" -print -quit)" ]
}

# The archive from a class list: lambda proxies left out (see above), written aside then moved into place.
dump() {
  local list="$1" log="$2"
  grep -v '^@lambda-proxy' "$list" >"$list.nolambda"
  rm -f "$JSA.new"
  if "$JAVA" -Xshare:dump -XX:SharedClassListFile="$list.nolambda" -XX:SharedArchiveFile="$JSA.new" \
      -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$JAR" >"$log" 2>&1 && [ -f "$JSA.new" ]; then
    mv -f "$JSA.new" "$JSA"
    return 0
  fi
  rm -f "$JSA.new"
  return 1
}

# Only one start or preparation makes the archive at a time; a lock left by a killed one goes stale after 15 minutes.
take_lock() {
  find "$APP_DIR" -maxdepth 1 -name .cds-lock -mmin +15 -exec rm -rf {} + 2>/dev/null || true
  mkdir "$APP_DIR/.cds-lock" 2>/dev/null
}

# This start lists its classes; a background job makes the archive once the list has not grown for 20 s.
learn_while_starting() {
  [ "${ANSINH_CDS:-on}" = off ] && return 0
  archive_fresh && return 0
  take_lock || return 0
  local work list
  work="$(mktemp -d "${TMPDIR:-/tmp}/ansinh-cds.XXXXXX")"
  list="$work/classes.lst"
  OPTS+=(-XX:DumpLoadedClassList="$list")
  (
    trap 'rm -rf "$APP_DIR/.cds-lock"' EXIT
    last=-1 quiet=0
    for ((i = 0; i < 180 && quiet < 4; i++)); do
      sleep 5
      size=$(stat -c %s "$list" 2>/dev/null || echo 0)
      if [ "$size" -gt 100000 ] && [ "$size" -eq "$last" ]; then quiet=$((quiet + 1)); else quiet=0; fi
      last=$size
    done
    if [ "$quiet" -ge 4 ] && dump "$list" "$work/dump.log"; then
      rm -rf "$work"
    fi
  ) </dev/null >/dev/null 2>&1 &
  echo "No class-data archive yet: this start lists its classes, and the archive for the next start is made in the background." >&2
}

prepare() {
  [ "${ANSINH_CDS:-on}" = off ] && return 0
  archive_fresh && return 0
  take_lock || { echo "Another start is making the class-data archive; starting without it." >&2; return 0; }
  trap 'rm -rf "$APP_DIR/.cds-lock"' EXIT
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
  if dump "$list" "$work/dump.log"; then
    echo "Class-data archive $JSA made ($(du -h "$JSA" | cut -f1))." >&2
    rm -rf "$work"
  else
    echo "Could not make the class-data archive (log kept: $work/dump.log); starting without it." >&2
  fi
  rm -rf "$APP_DIR/.cds-lock"
  trap - EXIT
}

if [ "${1:-}" = prepare ]; then
  prepare
  exit 0
fi
if [ "${ANSINH_CDS:-on}" != off ] && archive_fresh; then
  OPTS+=(-XX:SharedArchiveFile="$JSA" -Xshare:auto)
else
  learn_while_starting
fi
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec "$JAVA" "${OPTS[@]}" ${JAVA_OPTS:-} -jar "$JAR" "$@"
