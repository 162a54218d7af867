package io.powermap.profile.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.powermap.contract.EventJson;
import io.powermap.profile.domain.CorrectionRows;
import io.powermap.profile.domain.ProfileEntity;

/**
 * An entity's history: when it was created, which names resolved to it (with reason and score)
 * and from which document, and every hand correction with its edit id. An entity merged into
 * another or deleted keeps its history under its old id.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class History {

    private static final int MAX_LINES = 1000;

    /** One event: when, what kind (CREATED, RESOLVED, MERGED, MERGED_INTO, SPLIT, SPLIT_FROM, EDITED, DELETED,
     * RELATIONSHIP_EDITED, RELATIONSHIP_DELETED, FACT_MARKED_WRONG), the document or the edit behind it, details. */
    public record Line(Instant at, String kind, String documentId, UUID editId, Map<String, Object> detail) {
    }

    /** The oldest {@value #MAX_LINES} lines, oldest first. */
    public record Page(UUID entityId, boolean exists, List<Line> lines) {
    }

    private final CorrectionRows rows;

    public History(CorrectionRows rows) {
        this.rows = rows;
    }

    /** Empty when no entity ever had this id. */
    @SuppressWarnings("unchecked")
    public Optional<Page> of(UUID id) {
        List<Line> lines = rows.history(id, 0, MAX_LINES).stream().map(line -> new Line(line.at(), line.kind(),
            line.documentId(), line.editId(), (Map<String, Object>) EventJson.read(line.detailJson(), Map.class))).toList();
        boolean exists = ProfileEntity.findById(id) != null;
        return lines.isEmpty() && !exists ? Optional.empty() : Optional.of(new Page(id, exists, lines));
    }
}
