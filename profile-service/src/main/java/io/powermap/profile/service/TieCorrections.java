package io.powermap.profile.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;

import io.powermap.contract.EventJson;
import io.powermap.contract.NameKeys;
import io.powermap.contract.problem.ProblemException;
import io.powermap.profile.domain.CorrectionRows;
import io.powermap.profile.domain.CorrectionRows.TieHead;
import io.powermap.profile.domain.TieRows;

/**
 * Hand corrections of relationships: edit its fields, delete it, mark it wrong. Fields set by hand
 * win over what documents later say; a deleted or wrong tie is not restored by a document stating
 * it again. Recorded in the history of both ends, published through the outbox in the same
 * transaction. 404 for an unknown tie, 409 for a stale {@code ifMatch} or a role another tie of
 * the same kind between the same two already has, 400 for a field that is not one.
 */
@ApplicationScoped
@Transactional
public class TieCorrections {

    /** Fields of a tie an edit may set, by their API names, and their columns. */
    private static final Map<String, String> FIELDS = Map.of("role", "role", "start", "start_year", "end", "end_year",
        "current", "current", "amount", "amount", "currency", "currency");

    private final CorrectionRows rows;
    private final TieRows ties;
    private final ChangeLog changes;
    private final Editor editor;

    public TieCorrections(CorrectionRows rows, TieRows ties, ChangeLog changes, Editor editor) {
        this.editor = editor;
        this.rows = rows;
        this.ties = ties;
        this.changes = changes;
    }

    /** The tie as the API shows it, with the version to send back in If-Match. */
    public record TieState(TieRows.Snapshot tie, int version) {
    }

    public TieState get(UUID id) {
        TieHead head = rows.lockTie(id).orElseThrow(() -> notFound(id));
        return new TieState(ties.snapshots(List.of(id), ChangeLog.MAX_SENTENCES, ChangeLog.MAX_SENTENCE_CHARS).get(0),
            head.version());
    }

    /** Sets the given fields (role, start, end, current, amount, currency; null clears one). */
    public CorrectionsOutcome edit(UUID id, Map<String, Object> fields, Integer ifMatch) {
        if (fields == null || fields.isEmpty()) {
            throw new ProblemException(Status.BAD_REQUEST, "Give at least one of " + Set.copyOf(FIELDS.keySet()) + ".");
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        fields.forEach((field, value) -> {
            String column = FIELDS.get(field);
            if (column == null) {
                throw new ProblemException(Status.BAD_REQUEST, field + " is not a field of a relationship; expected one of "
                    + Set.copyOf(FIELDS.keySet()) + ".");
            }
            columns.put(column, checked(field, value));
        });
        rows.lockApply();
        TieHead tie = locked(id, ifMatch);
        String roleKey = null;
        if (columns.containsKey("role")) {
            roleKey = NameKeys.of((String) columns.get("role"));
            if (rows.tieExists(tie, roleKey)) {
                throw new ProblemException(Status.CONFLICT, "Another " + tie.type() + " tie between these two entities has "
                    + "that role; mark one of them wrong instead.");
            }
        }
        Instant now = Instant.now();
        UUID edit = UUID.randomUUID();
        int version = rows.editTie(id, EventJson.write(columns), roleKey, now);
        String detail = EventJson.write(Map.of("relationship", id.toString(), "fields", fields));
        rows.record(tie.sourceId(), "RELATIONSHIP_EDITED", edit, detail, now, editor.name());
        rows.record(tie.targetId(), "RELATIONSHIP_EDITED", edit, detail, now, editor.name());
        ChangeLog.Pending events = changes.begin();
        changes.tiesUpserted(events, List.of(id));
        changes.flush(events);
        return new CorrectionsOutcome(id, version, edit);
    }

    /** Removes the tie for good: documents stating it again do not bring it back. */
    public UUID remove(UUID id, String reason, Integer ifMatch, boolean wrong) {
        rows.lockApply();
        TieHead tie = locked(id, ifMatch);
        Instant now = Instant.now();
        UUID edit = UUID.randomUUID();
        ChangeLog.Pending events = changes.begin();
        changes.tiesDeleted(events, ties.snapshots(List.of(id), ChangeLog.MAX_SENTENCES, ChangeLog.MAX_SENTENCE_CHARS));
        rows.suppressTie(tie);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("relationship", id.toString());
        detail.put("type", tie.type().name());
        if (reason != null && !reason.isBlank()) {
            detail.put("reason", reason.strip());
        }
        String kind = wrong ? "FACT_MARKED_WRONG" : "RELATIONSHIP_DELETED";
        rows.record(tie.sourceId(), kind, edit, EventJson.write(detail), now, editor.name());
        rows.record(tie.targetId(), kind, edit, EventJson.write(detail), now, editor.name());
        changes.flush(events);
        return edit;
    }

    /** A tie's outcome: its id, new version and the edit's id. */
    public record CorrectionsOutcome(UUID id, int version, UUID editId) {
    }

    private TieHead locked(UUID id, Integer ifMatch) {
        TieHead tie = rows.lockTie(id).orElseThrow(() -> notFound(id));
        if (ifMatch != null && ifMatch != tie.version()) {
            throw new ProblemException(Status.CONFLICT, "Relationship " + id + " is at version " + tie.version() + ", not "
                + ifMatch + ": it was changed meanwhile; read it again.");
        }
        return tie;
    }

    private static Object checked(String field, Object value) {
        if (value == null) {
            return null;
        }
        try {
            return switch (field) {
                case "current" -> value instanceof Boolean ? value : Boolean.valueOf(strictBoolean(value.toString()));
                case "amount" -> new BigDecimal(value.toString());
                case "currency" -> currency(value.toString());
                default -> value.toString();
            };
        } catch (NumberFormatException e) {
            throw new ProblemException(Status.BAD_REQUEST, field + " must be a number.");
        }
    }

    private static String strictBoolean(String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw new ProblemException(Status.BAD_REQUEST, "current must be true or false.");
        }
        return value;
    }

    private static String currency(String value) {
        if (!value.matches("[A-Z]{3}")) {
            throw new ProblemException(Status.BAD_REQUEST, "currency must be a three-letter ISO 4217 code.");
        }
        return value;
    }

    private static ProblemException notFound(UUID id) {
        return new ProblemException(Status.NOT_FOUND, "No relationship with id " + id + ".");
    }
}
