package io.powermap.search.e2e;

import java.util.Map;

import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.PostgresResource;
import io.powermap.testsupport.ServiceProcess;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * ingest-service and profile-service from their packaged jars, started before search-service so
 * it can be pointed at profile-service (evidence documents, paths). Shared by the classes that
 * name it, stopped with the test JVM.
 */
public class OtherServicesResource implements QuarkusTestResourceLifecycleManager {

    private static ServiceProcess ingest;
    private static ServiceProcess profile;

    @Override
    public synchronized Map<String, String> start() {
        if (profile == null) {
            String kafka = KafkaBrokerResource.bootstrapServers();
            ingest = ServiceProcess.start("ingest-service", Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka));
            profile = ServiceProcess.start("profile-service", Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka,
                "QUARKUS_DATASOURCE_JDBC_URL", PostgresResource.jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                ingest.close();
                profile.close();
            }, "other-services-stop"));
        }
        return Map.of("powermap.search.profile-url", profile.baseUrl());
    }

    @Override
    public void stop() {
        // shared by the end-to-end classes; they stop with the JVM
    }

    public static String ingestUrl() {
        return ingest.baseUrl();
    }

    public static String profileUrl() {
        return profile.baseUrl();
    }
}
