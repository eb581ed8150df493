#!/usr/bin/env bash
# The matrix import benchmark of issue 17: 12,500, 25,000 and 50,000 rows checked and imported (time per size,
# to show it is linear), the 50,000 again, and what another client of the same site waits meanwhile.
# Usage: bench/import.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
# In a JVM of its own, which ends when the benchmark does (exec:java would run it in Maven's and then wait for its threads).
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" com.icr.bench.ImportBenchmark
