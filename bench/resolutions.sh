#!/usr/bin/env bash
# Issue 5, item 8: 10,000 resolution webhooks across 20 sites in one minute, open loop (fixed send times), against
# one node on HSQLDB; acknowledgement latency, the drain of the backlog, every delivery counted once; GET /api/ping
# alone and during the load. Usage: bench/resolutions.sh [name=value ...] [--app.property=value ...], e.g.
#   bench/resolutions.sh                       # the target: webhooks=10000 seconds=60 sites=20
#   bench/resolutions.sh jiraLatencyMs=150     # a fake Jira that takes 150 ms per call, as a real one may
#   bench/resolutions.sh --icr.intake.threads=2
# Options: see ResolutionLoadBenchmark. Needs wrk (apt-get install -y wrk) and the frontend's npm ci.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
./mvnw -q -B -DskipTests -Dskip.npm=true test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
# In a JVM of its own, which ends when the benchmark does (exec:java would run it in Maven's and then wait for its threads).
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" com.icr.bench.ResolutionLoadBenchmark "$@"
