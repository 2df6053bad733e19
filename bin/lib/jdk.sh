# Sourced by bin/* and .ci/run: exports JAVA_HOME (and PATH) pointing at a JDK >= 21.
# Uses JAVA_HOME when it is new enough, else the newest JDK under /usr/lib/jvm.

java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}

pick_jdk() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/javac" ]] && (( $(java_major "$JAVA_HOME") >= 21 )); then
    return 0
  fi
  local best="" best_major=0 candidate major
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
    [[ -x "$candidate/bin/javac" ]] || continue
    major=$(java_major "$candidate")
    if [[ -n "$major" ]] && (( major >= 21 && major > best_major )); then
      best="$candidate"; best_major=$major
    fi
  done
  if [[ -z "$best" ]]; then
    echo "error: no JDK 21 or newer found (looked at JAVA_HOME and /usr/lib/jvm); install one, e.g. a Temurin 25 JDK" >&2
    return 1
  fi
  export JAVA_HOME="$best"
}

pick_jdk || exit 1
export PATH="$JAVA_HOME/bin:$PATH"
