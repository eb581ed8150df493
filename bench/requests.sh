#!/usr/bin/env bash
# The issue panel benchmark of issue 4: 50 departments, 500 relationships, 1,000,000 internal requests stored;
# wrk on GET /api/requests/{random stored issue}, on the panel page GET /pages/issue-panel and on the no-op
# GET /api/ping in the same run; the calls to Jira per panel load, counted on the fake Jira.
# Usage: bench/requests.sh [duration, default 15s] [requests, default 1000000]. Needs wrk (apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
# In a JVM of its own, which ends when the benchmark does (exec:java would run it in Maven's and then wait for its threads).
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" com.icr.bench.RequestPanelBenchmark "${1:-15s}" "${2:-1000000}"
