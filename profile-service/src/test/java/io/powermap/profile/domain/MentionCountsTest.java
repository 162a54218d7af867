package io.powermap.profile.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An entity remembered as named by enough documents is not counted again, until a mention is
 * withdrawn or moved anywhere (V17): then the lower count must show.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class MentionCountsTest {

    private static final int LIMIT = 20;

    @Inject
    MentionCounts counts;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void shouldCountAgainAfterMentionsAreWithdrawnOrMoved() throws SQLException {
        UUID many = UUID.randomUUID();
        UUID few = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        try (Connection db = DriverManager.getConnection(PostgresResource.jdbcUrl(), "postgres", "postgres")) {
            mention(db, many, 0, 22);
            mention(db, few, 0, 5);
            assertEquals(Map.of(many, LIMIT, few, 5), counts.upTo(List.of(many, few), LIMIT));

            mention(db, few, 5, 6); // additions alone: the remembered one stays at the limit, the other is counted
            assertEquals(Map.of(many, LIMIT, few, 6), counts.upTo(List.of(many, few), LIMIT));

            // documents /10 to /19 withdrawn
            update(db, "delete from entity_document where entity_id = ?::uuid and document_id like '%/1_'", many.toString());
            assertEquals(Map.of(many, 12, few, 6), counts.upTo(List.of(many, few), LIMIT));

            mention(db, many, 10, 20);
            assertEquals(LIMIT, counts.upTo(List.of(many), LIMIT).get(many));
            // documents /10 to /19 moved to another entity (a split)
            update(db, "update entity_document set entity_id = ?::uuid where entity_id = ?::uuid and document_id like '%/1_'",
                other.toString(), many.toString());
            assertEquals(Map.of(many, 12, other, 10), counts.upTo(List.of(many, other), LIMIT));
        } finally {
            // mentions of no entity: other tests (the export's) must not meet them
            try (Connection db = DriverManager.getConnection(PostgresResource.jdbcUrl(), "postgres", "postgres")) {
                update(db, "delete from entity_document where document_id like ?", "https://example.org/mentions/" + run + "/%");
            }
        }
    }

    /** Documents {@code /from} to {@code /(to-1)} of this run name the entity. */
    private void mention(Connection db, UUID entity, int from, int to) throws SQLException {
        update(db, "insert into entity_document (entity_id, document_id) select ?::uuid, ? || '/' || g "
            + "from generate_series(" + from + ", " + (to - 1) + ") g", entity.toString(),
            "https://example.org/mentions/" + run + "/" + entity);
    }

    private static void update(Connection db, String sql, String... params) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setString(i + 1, params[i]);
            }
            statement.executeUpdate();
        }
    }
}
