#!/usr/bin/env bash
# Issue 5, item 8: 10,000 resolution webhooks across 20 sites in one minute, open loop (fixed send times), against
# one node on HSQLDB; acknowledgement latency, the drain of the backlog, every delivery counted once; GET /api/ping
# alone and during the load. Usage: bench/resolutions.sh [name=value ...] [--app.property=value ...], e.g.
#   bench/resolutions.sh                       # the target: webhooks=10000 seconds=60 sites=20
#   bench/resolutions.sh jiraLatencyMs=150     # a fake Jira that takes 150 ms per call, as a real one may
#   bench/resolutions.sh --icr.intake.threads=2
# Options: see ResolutionLoadBenchmark. Needs wrk (apt-get install -y wrk) and the frontend's npm ci (exec:java).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
./mvnw -q -B -DskipTests -Dskip.npm=true test-compile
./mvnw -q -B exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.icr.bench.ResolutionLoadBenchmark -Dexec.args="$*"
