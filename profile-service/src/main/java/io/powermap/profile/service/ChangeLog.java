package io.powermap.profile.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.powermap.contract.EntityChanged;
import io.powermap.contract.EventJson;
import io.powermap.contract.ProfileChange;
import io.powermap.contract.ProfileChange.Change;
import io.powermap.contract.RelationshipChanged;
import io.powermap.profile.domain.OutboxEvent;
import io.powermap.profile.domain.ProfileEntity;
import io.powermap.profile.domain.Relationship;

/** Writes the change events into the outbox, inside the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ChangeLog {

    public void entityUpserted(ProfileEntity entity) {
        append(new EntityChanged(ProfileChange.SCHEMA_VERSION, UUID.randomUUID().toString(), Change.UPSERTED,
            Instant.now(), entity.id.toString(), entity.type, entity.name, entity.aliasNames(), entity.attributes,
            entity.documentIds.stream().toList()));
    }

    public void entityDeleted(ProfileEntity entity) {
        append(new EntityChanged(ProfileChange.SCHEMA_VERSION, UUID.randomUUID().toString(), Change.DELETED,
            Instant.now(), entity.id.toString(), entity.type, entity.name, null, null, null));
    }

    public void relationshipUpserted(Relationship tie) {
        append(snapshot(tie, Change.UPSERTED));
    }

    public void relationshipDeleted(Relationship tie) {
        append(snapshot(tie, Change.DELETED));
    }

    private static RelationshipChanged snapshot(Relationship tie, Change change) {
        return new RelationshipChanged(ProfileChange.SCHEMA_VERSION, UUID.randomUUID().toString(), change, Instant.now(),
            tie.id.toString(), tie.type, tie.source.id.toString(), tie.source.name, tie.target.id.toString(),
            tie.target.name, tie.role, tie.startYear, tie.endYear, tie.current, tie.amount, tie.currency,
            tie.confidence, tie.evidence.stream().map(e -> e.sentence).toList());
    }

    private static void append(ProfileChange change) {
        OutboxEvent event = new OutboxEvent();
        event.recordKey = change.key();
        event.payload = EventJson.write(change);
        event.createdAt = Instant.now();
        event.persist();
    }
}
