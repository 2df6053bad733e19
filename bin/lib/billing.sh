# Sourced by bin/orderstream for `bin/orderstream billing seed|run ...` and `bin/orderstream bench billing ...`: runs
# billing-scheduler's BillingCommand (see the root README, "Billing"). Addresses: BILLING_SCHEDULER_URL,
# PAYMENT_PROVIDER_URL, DATABASE_URL (DATABASE_USER, DATABASE_PASSWORD) when set; else where the stack that
# `bin/orderstream up` runs says they are (its state file); else the default ports on localhost.
# Needs ROOT, ORDERSTREAM_HOME, JAVA_HOME, fail and java_major from bin/orderstream and bin/lib/jdk.sh.

BILLING_JAR="$ROOT/billing-scheduler/target/billing-scheduler.jar"

source "$ROOT/bin/lib/stack-state.sh"

billing_build_if_missing() {
  [[ -f "$BILLING_JAR" ]] && return 0
  echo "orderstream: building billing-scheduler (./mvnw -q -DskipTests -pl billing-scheduler -am package) ..." >&2
  (cd "$ROOT" && ./mvnw -q -DskipTests -pl billing-scheduler -am package >&2) || fail "the build of billing-scheduler failed (see above)"
}

# run_billing <command> [options]: seed | run | bench
run_billing() {
  billing_build_if_missing
  BILLING_SCHEDULER_URL="${BILLING_SCHEDULER_URL:-$(stack_value component.billing-scheduler.url)}"
  PAYMENT_PROVIDER_URL="${PAYMENT_PROVIDER_URL:-$(stack_value component.payment-provider-mock.url)}"
  DATABASE_URL="${DATABASE_URL:-$(stack_value component.postgres.url)}"
  export BILLING_SCHEDULER_URL="${BILLING_SCHEDULER_URL:-http://localhost:${BILLING_SCHEDULER_PORT:-8083}}"
  export PAYMENT_PROVIDER_URL="${PAYMENT_PROVIDER_URL:-http://localhost:${PAYMENT_PROVIDER_PORT:-8084}}"
  export DATABASE_URL="${DATABASE_URL:-jdbc:postgresql://localhost:${POSTGRES_PORT:-5433}/orderstream}"
  local options=(-Xmx1g -Dlog4j2.configurationFile=billing-cli-log4j2.xml)
  if (( $(java_major "$JAVA_HOME") >= 23 )); then
    options+=(--sun-misc-unsafe-memory-access=allow)
  fi
  exec "$JAVA_HOME/bin/java" "${options[@]}" -cp "$BILLING_JAR" io.orderstream.billing.cli.BillingCommand "$@"
}
