package io.powermap.profile.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import org.hibernate.jpa.SpecHints;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A change waiting to be published; it commits together with the change it describes. */
@Entity
@Table(name = "outbox")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "record_key")
    public String recordKey;

    public String payload;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The oldest waiting events, locked so that a second instance's relay skips them. */
    public static List<OutboxEvent> lockOldest(int limit) {
        return find("order by id").withLock(LockModeType.PESSIMISTIC_WRITE)
            .withHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, -2)
            .page(0, limit).list();
    }
}
