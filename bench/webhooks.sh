#!/usr/bin/env bash
# The webhook intake under load (issue 4): wrk posts jira:issue_created deliveries on eight connections; the
# acknowledgement latency, the backlog's drain time, every acknowledged delivery counted once; GET /api/ping
# in the same run. Usage: bench/webhooks.sh [duration, default 20s]. Needs wrk (apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
./mvnw -q -B -DskipTests test-compile
./mvnw -q -B exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.icr.bench.WebhookIntakeBenchmark -Dexec.args="${1:-20s}"
