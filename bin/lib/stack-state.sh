# Sourced by the bin/lib tools: where the stack that `bin/orderstream up` runs says its parts are (its state file).
# Needs ORDERSTREAM_HOME from bin/orderstream.

# stack_property <file> <key>: a value of a java.util.Properties file, its backslash escapes undone
stack_property() {
  local key="${2//./\\.}"
  sed -n "s/^${key}=//p" "$1" | head -n 1 | sed 's/\\\(.\)/\1/g'
}

# stack_value <key>: a value of the running stack's state file (e.g. component.kafka.url); empty when no stack is up
stack_value() {
  local state="$ORDERSTREAM_HOME/state.properties" pid
  [[ -f "$state" && "$(stack_property "$state" status)" =~ ^(UP|DEGRADED)$ ]] || return 0
  pid="$(stack_property "$state" supervisor.pid)"
  { [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; } || return 0
  stack_property "$state" "$1"
}
