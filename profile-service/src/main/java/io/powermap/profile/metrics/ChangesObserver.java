package io.powermap.profile.metrics;

import java.io.IOException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

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
    private static final JsonFactory JSON = new JsonFactory();
    private static final String ENTITY = "EntityChanged";
    private static final String RELATIONSHIP = "RelationshipChanged";

    private final ProfileMetrics metrics;
    private final DocumentTraces traces;

    public ChangesObserver(ProfileMetrics metrics, DocumentTraces traces) {
        this.metrics = metrics;
        this.traces = traces;
    }

    /** What the counters need of a message's change, read once when it enters the channel. */
    record Carried(boolean entity, ProfileChange.Change change) {
    }

    @Override
    public Message<?> onMessage(Message<?> message) {
        Carried carried = kind(message);
        if (carried == null) {
            return message;
        }
        Message<?> marked = message.addMetadata(carried);
        if (carried.entity() && !traces.isEmpty()
            && read(message) instanceof EntityChanged entity) {
            Optional<io.opentelemetry.context.Context> trace = traces.traceOf(entity.documentIds());
            if (trace.isPresent()) {
                return marked.addMetadata(TracingMetadata.withCurrent(trace.get()));
            }
        }
        return marked;
    }

    @Override
    public void onMessageAck(Message<?> message) {
        Carried carried = message.getMetadata(Carried.class).orElseGet(() -> kind(message));
        if (carried != null) {
            metrics.changePublished(carried.entity(), carried.change());
        }
    }

    @Override
    public void onMessageNack(Message<?> message, Throwable failure) {
        // the row stays in the outbox and is sent again; counted when it is acknowledged
    }

    /**
     * The event's type and change from its first fields, without binding the whole event (up to
     * 20 document ids and 3 sentences): the relay sends about 30 a document, and binding each
     * again was most of its thread's work besides the send itself.
     */
    static Carried kind(Message<?> message) {
        if (!(message.getPayload() instanceof String json)) {
            return null;
        }
        String type = null;
        ProfileChange.Change change = null;
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME && (type == null || change == null)) {
                String field = parser.currentName();
                parser.nextToken();
                if ("eventType".equals(field)) {
                    type = parser.getText();
                } else if ("change".equals(field)) {
                    change = ProfileChange.Change.valueOf(parser.getText());
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            LOG.debugf("not a change event: %s", e.getMessage());
            return null;
        }
        if (change == null || !ENTITY.equals(type) && !RELATIONSHIP.equals(type)) {
            return null;
        }
        return new Carried(ENTITY.equals(type), change);
    }

    private static ProfileChange read(Message<?> message) {
        try {
            return EventJson.read((String) message.getPayload(), ProfileChange.class);
        } catch (RuntimeException e) {
            LOG.debugf("not a change event: %s", e.getMessage());
            return null;
        }
    }
}
