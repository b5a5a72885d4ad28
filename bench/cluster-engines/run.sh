#!/bin/sh
# The cluster-engine measurement of README "Sweeps on a cluster": Hazelcast and Apache Ignite, three
# members as separate JVMs on loopback each, the same bt4j sweep. Needs the project built
# (mvn -B -q -pl bt4j-cluster -am package -DskipTests) and the two engines in ~/.m2
# (mvn dependency:get -Dartifact=org.apache.ignite:ignite-core:2.17.0; Hazelcast comes with the build).
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
M2=${M2:-$HOME/.m2/repository}
OUT=$(mktemp -d)
HZ=$M2/com/hazelcast/hazelcast/5.7.0/hazelcast-5.7.0.jar
IG=$M2/org/apache/ignite/ignite-core/2.17.0/ignite-core-2.17.0.jar:$M2/javax/cache/cache-api/1.0.0/cache-api-1.0.0.jar:$M2/org/jetbrains/annotations/16.0.3/annotations-16.0.3.jar
CORE=$ROOT/bt4j-core/target/classes:$M2/org/slf4j/slf4j-api/2.0.17/slf4j-api-2.0.17.jar
CP=$OUT:$HZ:$IG:$CORE
javac -d "$OUT" -cp "$CP" "$ROOT/bench/cluster-engines/EngineProbe.java"
DATA=$ROOT/bt4j-cli/src/test/resources/golden/data/daily-s1.csv
echo "dependency weight: hazelcast $(du -k "$HZ" | cut -f1) KiB; ignite-core + cache-api + annotations $(echo "$IG" | tr ':' '\n' | xargs du -k | awk '{s+=$1} END {print s}') KiB"
HZFLAGS="--add-exports java.base/jdk.internal.ref=ALL-UNNAMED --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/sun.nio.ch=ALL-UNNAMED"
IGFLAGS="--add-opens=java.base/jdk.internal.access=ALL-UNNAMED --add-opens=java.base/jdk.internal.misc=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED --add-opens=java.management/com.sun.jmx.mbeanserver=ALL-UNNAMED --add-opens=jdk.internal.jvmstat/sun.jvmstat.monitor=ALL-UNNAMED --add-opens=java.base/sun.reflect.generics.reflectiveObjects=ALL-UNNAMED --add-opens=jdk.management/com.sun.management.internal=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.math=ALL-UNNAMED --add-opens=java.sql/java.sql=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.time=ALL-UNNAMED --add-opens=java.base/java.text=ALL-UNNAMED --add-opens=java.management/sun.management=ALL-UNNAMED --add-opens=java.desktop/java.awt.font=ALL-UNNAMED"
java $HZFLAGS -Dprobe.jvmflags="$HZFLAGS" -Dhazelcast.logging.type=none -cp "$CP" EngineProbe hazelcast driver "$DATA"
java $IGFLAGS -Dprobe.jvmflags="$IGFLAGS -DIGNITE_QUIET=true -DIGNITE_NO_ASCII=true -DIGNITE_UPDATE_NOTIFIER=false" -DIGNITE_QUIET=true -DIGNITE_NO_ASCII=true -DIGNITE_UPDATE_NOTIFIER=false -cp "$CP" EngineProbe ignite driver "$DATA" 2>/dev/null
rm -rf "$OUT"
