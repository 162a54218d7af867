package io.powermap.ingest.messaging;

import java.time.Duration;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.WakeupException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import io.powermap.contract.KafkaSecurity;
import io.powermap.contract.Topics;
import io.powermap.ingest.service.DocumentStatusStore;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Keeps the local status view up to date from documents.status, on a thread of its own, for as
 * long as the service runs. Not ready until the view holds what the topic had at start, so that
 * GET /api/v1/documents/{id} answers after a restart as it did before.
 */
@ApplicationScoped
@Readiness
public class DocumentStatusReader implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DocumentStatusReader.class);

    private final Map<String, Object> settings;
    private final boolean manageTopics;
    private final StatusTopic topic;
    private final DocumentStatusStore view;
    private volatile StatusTopicReader reader;
    private volatile boolean stopping;
    private Thread thread;

    /** {@code kafka} holds every channel's connection settings (kafka.*), TLS and SASL included in production. */
    public DocumentStatusReader(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                                @ConfigProperty(name = "powermap.status.manage-topic", defaultValue = "true") boolean manageTopics,
                                @Identifier("default-kafka-broker") Map<String, Object> kafka,
                                StatusTopic topic, DocumentStatusStore view) {
        this.settings = KafkaSecurity.of(kafka);
        this.settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.manageTopics = manageTopics;
        this.topic = topic;
        this.view = view;
    }

    void onStart(@Observes StartupEvent event) {
        thread = new Thread(this::run, "document-status-view");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            if (manageTopics) {
                topic.ensureCompacted(settings);
            }
            while (!stopping) {
                readUntilStopped();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads until stopped; after a failure (the broker gone while asked for offsets), again from the start. */
    private void readUntilStopped() throws InterruptedException {
        try (StatusTopicReader open = new StatusTopicReader(settings, view)) {
            reader = open;
            while (!stopping) {
                if (open.poll(Duration.ofMillis(500)) && !view.isCaughtUp()) {
                    view.caughtUp();
                    LOG.infof("document statuses read from %s", Topics.DOCUMENTS_STATUS);
                }
            }
        } catch (WakeupException e) {
            // stopping
        } catch (RuntimeException e) {
            LOG.warnf("reading %s failed (%s); reading it again in 2 s", Topics.DOCUMENTS_STATUS, e.getMessage());
            Thread.sleep(2000);
        }
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("document statuses read from " + Topics.DOCUMENTS_STATUS)
            .status(view.isCaughtUp()).build();
    }

    @PreDestroy
    void stop() {
        stopping = true;
        StatusTopicReader open = reader;
        if (open != null) {
            open.wakeup();
        }
    }
}
