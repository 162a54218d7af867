package io.powermap.profile.metrics;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;

/**
 * Carries a document's trace across the outbox. Change events leave through the outbox relay, on
 * another thread and later, so the trace context of the DocumentParsed record that caused them is
 * gone by then. This remembers the W3C trace headers of the last documents seen (by document id)
 * and hands them to {@link ChangesObserver}, which makes each EntityChanged a child of its
 * document's trace; search-service's spans then join the same trace through the Kafka headers.
 * Only when tracing is on (otherwise the records carry no traceparent and nothing is kept).
 */
@ApplicationScoped
public class DocumentTraces {

    private static final int REMEMBERED = 10_000;
    private static final List<String> HEADERS = List.of("traceparent", "tracestate");

    private final Map<String, Map<String, String>> byDocument = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<String, String>> eldest) {
            return size() > REMEMBERED;
        }
    };

    void remember(IncomingKafkaRecordBatchMetadata<?, ?> batch) {
        for (ConsumerRecord<?, ?> record : batch.getRecords()) {
            Header parent = record.headers().lastHeader("traceparent");
            if (parent == null || parent.value() == null || !(record.key() instanceof String id)) {
                continue;
            }
            Map<String, String> carrier = new HashMap<>();
            for (String name : HEADERS) {
                Header header = record.headers().lastHeader(name);
                if (header != null && header.value() != null) {
                    carrier.put(name, new String(header.value(), StandardCharsets.UTF_8));
                }
            }
            synchronized (byDocument) {
                byDocument.put(id, carrier);
            }
        }
    }

    /** The trace of the first of these documents that is remembered. */
    Optional<Context> traceOf(List<String> documentIds) {
        for (String id : documentIds) {
            Map<String, String> carrier;
            synchronized (byDocument) {
                carrier = byDocument.get(id);
            }
            if (carrier != null) {
                Context context = W3CTraceContextPropagator.getInstance().extract(Context.root(), carrier, GETTER);
                if (Span.fromContext(context).getSpanContext().isValid()) {
                    return Optional.of(context);
                }
            }
        }
        return Optional.empty();
    }

    boolean isEmpty() {
        synchronized (byDocument) {
            return byDocument.isEmpty();
        }
    }

    private static final TextMapGetter<Map<String, String>> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };
}
