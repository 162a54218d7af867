package io.powermap.profile.metrics;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.powermap.contract.EntityChanged;
import io.powermap.contract.EventJson;
import io.powermap.contract.ProfileChange;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.OutgoingInterceptor;
import io.smallrye.reactive.messaging.TracingMetadata;

/**
 * Watches the change events the outbox relay publishes on profiles.changes: counts each entity
 * and relationship change once the broker has acknowledged it, and (with tracing on) puts an
 * entity's change into the trace of the document it came from ({@link DocumentTraces}).
 */
@ApplicationScoped
@Identifier("profiles-changes")
public class ChangesObserver implements OutgoingInterceptor {

    private static final Logger LOG = Logger.getLogger(ChangesObserver.class);

    private final ProfileMetrics metrics;
    private final DocumentTraces traces;

    public ChangesObserver(ProfileMetrics metrics, DocumentTraces traces) {
        this.metrics = metrics;
        this.traces = traces;
    }

    /** The change a message carries, read once when it enters the channel. */
    record Carried(ProfileChange change) {
    }

    @Override
    public Message<?> onMessage(Message<?> message) {
        ProfileChange change = read(message);
        if (change == null) {
            return message;
        }
        Message<?> carried = message.addMetadata(new Carried(change));
        if (change instanceof EntityChanged entity && !traces.isEmpty()) {
            Optional<io.opentelemetry.context.Context> trace = traces.traceOf(entity.documentIds());
            if (trace.isPresent()) {
                return carried.addMetadata(TracingMetadata.withCurrent(trace.get()));
            }
        }
        return carried;
    }

    @Override
    public void onMessageAck(Message<?> message) {
        ProfileChange change = message.getMetadata(Carried.class).map(Carried::change).orElseGet(() -> read(message));
        if (change != null) {
            metrics.changePublished(change);
        }
    }

    @Override
    public void onMessageNack(Message<?> message, Throwable failure) {
        // the row stays in the outbox and is sent again; counted when it is acknowledged
    }

    private static ProfileChange read(Message<?> message) {
        if (!(message.getPayload() instanceof String json)) {
            return null;
        }
        try {
            return EventJson.read(json, ProfileChange.class);
        } catch (RuntimeException e) {
            LOG.debugf("not a change event: %s", e.getMessage());
            return null;
        }
    }
}
