#!/usr/bin/env bash
# The matrix benchmark of issue 3: 300 departments, 20,000 relationships; wrk on GET /api/matrix and on the
# no-op GET /api/ping in the same run; the gzipped size; the macro's paint time in headless Chromium.
# Usage: bench/matrix.sh [duration, default 20s]. Needs wrk and chromium (apt-get install -y wrk chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
# In a JVM of its own, which ends when the benchmark does (exec:java would run it in Maven's and then wait for its threads).
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" com.icr.bench.MatrixBenchmark "${1:-20s}"
