# Sourced by .ci/run and the launch scripts: selects a JDK >= 21 (Tycho 5 and the Eclipse
# platform need it). Debian bookworm has none; Temurin 25 is installed under /usr/lib/jvm.
# The JDK's release file names its version without starting a JVM (40 ms on every memdsl command).
if [ -n "${JAVA_HOME:-}" ] && grep -qE '^JAVA_VERSION="(2[1-9]|[3-9][0-9])' "$JAVA_HOME/release" 2>/dev/null; then
  :
else
  JAVA_HOME=""
  for candidate in /usr/lib/jvm/temurin-25-jdk-* /usr/lib/jvm/temurin-2[1-9]-jdk-* /usr/lib/jvm/java-2[1-9]-openjdk-*; do
    if [ -x "$candidate/bin/java" ]; then
      JAVA_HOME="$candidate"
      break
    fi
  done
  if [ -z "$JAVA_HOME" ]; then
    echo "memdsl needs a JDK 21 or newer (Temurin 25 expected under /usr/lib/jvm/temurin-25-jdk-amd64)." >&2
    echo "Install one and set JAVA_HOME to it." >&2
    return 1 2>/dev/null || exit 1
  fi
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
