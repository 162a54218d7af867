package io.powermap.ingest.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.powermap.ingest.config.IngestConfig;
import io.powermap.ingest.domain.DocumentStatus;

/**
 * Recent document statuses, oldest forgotten first. Kept in memory: the durable record of a
 * document is its DocumentParsed or DocumentFailed event on Kafka.
 */
@ApplicationScoped
public class DocumentStatusStore {

    private final Map<String, DocumentStatus> statuses;

    public DocumentStatusStore(IngestConfig config) {
        int capacity = config.statusCapacity();
        this.statuses = new LinkedHashMap<>(1024, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, DocumentStatus> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized void put(DocumentStatus status) {
        statuses.remove(status.id());
        statuses.put(status.id(), status);
    }

    public synchronized Optional<DocumentStatus> find(String id) {
        return Optional.ofNullable(statuses.get(id));
    }
}
