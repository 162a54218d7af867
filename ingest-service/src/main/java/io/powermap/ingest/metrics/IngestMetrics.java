package io.powermap.ingest.metrics;

import java.util.concurrent.TimeUnit;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;

/**
 * The figures of ingest-service at /q/metrics (README "Metrics"):
 * <ul>
 * <li>{@code powermap_ingest_documents_received_total{source}}: documents taken in, over REST
 * ({@code source="rest"}) or from documents.raw ({@code source="stream"});</li>
 * <li>{@code powermap_ingest_documents_parsed_total{source}}: published as DocumentParsed;</li>
 * <li>{@code powermap_ingest_documents_failed_total{source,reason}}: rejected (the extractor's reason:
 * EMPTY, TOO_LARGE, UNREADABLE, TIMED_OUT, ...), refused while every worker is busy ({@code BUSY}),
 * or not acknowledged by Kafka ({@code NOT_ACKNOWLEDGED});</li>
 * <li>{@code powermap_ingest_extraction_seconds{outcome}}: histogram of the time a worker spent
 * extracting one document ({@code outcome} parsed, rejected, timed_out or error).</li>
 * </ul>
 */
// built at start, so that every figure is exposed (at zero) before the first document
@Startup
@Singleton
public class IngestMetrics {

    public static final String REST = "rest";
    public static final String STREAM = "stream";

    private final MeterRegistry registry;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        // present from the start (at zero), so a dashboard sees them before the first document
        for (String source : new String[] {REST, STREAM}) {
            received(source, 0);
            parsedCounter(source);
        }
    }

    public void received(String source) {
        received(source, 1);
    }

    private void received(String source, double amount) {
        Counter.builder("powermap.ingest.documents.received").description("Documents taken in")
            .tag("source", source).register(registry).increment(amount);
    }

    public void parsed(String source) {
        parsedCounter(source).increment();
    }

    private Counter parsedCounter(String source) {
        return Counter.builder("powermap.ingest.documents.parsed").description("Documents published as DocumentParsed")
            .tag("source", source).register(registry);
    }

    public void failed(String source, String reason) {
        Counter.builder("powermap.ingest.documents.failed")
            .description("Documents rejected, refused while busy, or not acknowledged by Kafka")
            .tag("source", source).tag("reason", reason).register(registry).increment();
    }

    public void extraction(String outcome, long nanos) {
        Timer.builder("powermap.ingest.extraction").description("Time a worker spent extracting one document")
            .tag("outcome", outcome).publishPercentileHistogram().register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }
}
