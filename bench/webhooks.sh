#!/usr/bin/env bash
# The webhook intake under load (issue 4): wrk posts jira:issue_created deliveries on eight connections; the
# acknowledgement latency, the backlog's drain time, every acknowledged delivery counted once; GET /api/ping
# in the same run. Usage: bench/webhooks.sh [duration, default 20s]. Needs wrk (apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
# In a JVM of its own, which ends when the benchmark does (exec:java would run it in Maven's and then wait for its threads).
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" com.icr.bench.WebhookIntakeBenchmark "${1:-20s}"
