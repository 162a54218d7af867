#!/bin/sh
# The tool of the same name in apache/kafka, so health checks written for that image work here.
exec java -Xmx64m -XX:TieredStopAtLevel=1 -cp "/opt/kafka/libs/*" org.apache.kafka.tools.BrokerApiVersionsCommand "$@"
