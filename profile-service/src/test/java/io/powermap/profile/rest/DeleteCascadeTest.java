package io.powermap.profile.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.profile.service.DocumentApplier;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Deletes still take what hangs off a row with them now that the per-row foreign keys on ties,
 * sentences, statements and mentions are gone (V11): the statement-level triggers must leave no
 * orphan, and nothing else.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class DeleteCascadeTest {

    private static final EntityType ORG = EntityType.ORGANIZATION;

    @Inject
    DocumentApplier applier;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void shouldTakeAnEntitysTiesSentencesStatementsAndMentionsWithItAndNothingElse() throws SQLException {
        String document = "https://example.org/cascade/" + run;
        applier.apply(TestDocument.withId(document)
            .entity("a", ORG, "Ashgrove Trust " + run).entity("b", ORG, "Birchmoor Alliance " + run)
            .entity("c", ORG, "Cedarfield Council " + run)
            .tie(RelationshipType.FUNDING, "a", "b", null, "100").tie(RelationshipType.MEMBERSHIP, "b", "c", null, null)
            .tie(RelationshipType.FUNDING, "a", "c", null, "50").build());
        try (Connection db = DriverManager.getConnection(PostgresResource.jdbcUrl(), "postgres", "postgres")) {
            String b = single(db, "select id::text from entity where name = ?", "Birchmoor Alliance " + run);
            assertEquals("3", single(db, "select count(*)::text from relationship r join evidence e on e.relationship_id = r.id "
                + "join tie_statement_standing s on s.relationship_id = r.id where e.document_id = ?", document));

            update(db, "delete from entity where id = ?::uuid", b);

            assertEquals("0", single(db, "select count(*)::text from relationship where source_id = ?::uuid or target_id = ?::uuid", b));
            assertEquals("0", single(db, "select count(*)::text from entity_document where entity_id = ?::uuid", b));
            assertEquals("1", single(db, "select count(*)::text from evidence where document_id = ?", document));
            assertEquals("1", single(db, "select count(*)::text from tie_statement_standing where document_id = ?", document));
            assertEquals("2", single(db, "select count(*)::text from entity_document where document_id = ?", document));
            assertEquals("0", single(db, "select count(*)::text from evidence e where e.document_id = ? and not exists "
                + "(select 1 from relationship r where r.id = e.relationship_id)", document));

            String tie = single(db, "select relationship_id::text from evidence where document_id = ?", document);
            update(db, "delete from relationship where id = ?::uuid", tie);
            assertEquals("0", single(db, "select count(*)::text from evidence where document_id = ?", document));
            assertEquals("0", single(db, "select count(*)::text from tie_statement_standing where document_id = ?", document));
            assertEquals("2", single(db, "select count(*)::text from entity_document where document_id = ?", document));
        }
    }

    private static String single(Connection db, String sql, String... params) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setString(i + 1, params[i]);
            }
            for (int i = params.length; i < statement.getParameterMetaData().getParameterCount(); i++) {
                statement.setString(i + 1, params[params.length - 1]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static void update(Connection db, String sql, String param) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, param);
            statement.executeUpdate();
        }
    }
}
