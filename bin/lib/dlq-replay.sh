# Sourced by bin/orderstream for `bin/orderstream dlq ...`: runs the dlq-replay tool (see dlq-replay/README.md).
# Kafka and the registry: KAFKA_BOOTSTRAP_SERVERS and SCHEMA_REGISTRY_URL when set; else where the stack that
# `bin/orderstream up` runs says they are (its state file); else localhost on KAFKA_PORT and REGISTRY_PORT.
# Needs ROOT, ORDERSTREAM_HOME, JAVA_HOME, fail and java_major from bin/orderstream and bin/lib/jdk.sh.

DLQ_REPLAY_JAR="$ROOT/dlq-replay/target/dlq-replay.jar"

source "$ROOT/bin/lib/stack-state.sh"

dlq_build_if_missing() {
  [[ -f "$DLQ_REPLAY_JAR" ]] && return 0
  echo "orderstream: building dlq-replay (./mvnw -q -DskipTests -pl dlq-replay -am package) ..." >&2
  (cd "$ROOT" && ./mvnw -q -DskipTests -pl dlq-replay -am package >&2) || fail "the build of dlq-replay failed (see above)"
}

run_dlq_replay() {
  dlq_build_if_missing
  KAFKA_BOOTSTRAP_SERVERS="${KAFKA_BOOTSTRAP_SERVERS:-$(stack_value component.kafka.url)}"
  SCHEMA_REGISTRY_URL="${SCHEMA_REGISTRY_URL:-$(stack_value component.registry.url)}"
  export KAFKA_BOOTSTRAP_SERVERS="${KAFKA_BOOTSTRAP_SERVERS:-localhost:${KAFKA_PORT:-9092}}"
  export SCHEMA_REGISTRY_URL="${SCHEMA_REGISTRY_URL:-http://localhost:${REGISTRY_PORT:-8085}/apis/registry/v3}"
  local options=()
  if (( $(java_major "$JAVA_HOME") >= 23 )); then
    options+=(--sun-misc-unsafe-memory-access=allow)
  fi
  exec "$JAVA_HOME/bin/java" "${options[@]}" -jar "$DLQ_REPLAY_JAR" "$@"
}
