package io.powermap.profile.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads the whole store row by row through server-side cursors (a fetch size on a connection
 * outside autocommit), so an export holds one batch of rows in memory whatever the store's size.
 */
@ApplicationScoped
public class ExportRows {

    private static final int FETCH = 500;

    public record EntityRow(String id, String type, String name, List<String> aliases, String attributesJson) {
    }

    public record TieRow(String id, String type, String sourceId, String targetId, String role, String start, String end,
                         Boolean current, BigDecimal amount, String currency, double confidence) {
    }

    public record SourceRow(String id, String title, String uri, String mediaType) {
    }

    public record MentionRow(String entityId, String documentId) {
    }

    /** Receives rows one at a time; may throw IOException when the client goes away. */
    public interface Sink<T> {
        void accept(T row) throws IOException;
    }

    /** Every part of the store in turn, each in a stable order, in one read-only snapshot. */
    public void stream(Sink<EntityRow> entities, Sink<TieRow> ties, Sink<SourceRow> sources, Sink<MentionRow> mentions) {
        try (Connection connection = data.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (PreparedStatement snapshot = connection.prepareStatement(
                "set transaction isolation level repeatable read, read only")) {
                snapshot.execute();
            }
            each(connection, "select id, type, name, attributes::text as attributes, array(select a.alias from entity_alias a "
                + "where a.entity_id = e.id order by a.match_key) as aliases from entity e order by id",
                row -> entities.accept(new EntityRow(row.getString("id"), row.getString("type"), row.getString("name"),
                    Sql.strings(row, "aliases"), row.getString("attributes"))));
            each(connection, "select * from relationship order by id", row -> ties.accept(new TieRow(row.getString("id"),
                row.getString("type"), row.getString("source_id"), row.getString("target_id"), row.getString("role"),
                row.getString("start_year"), row.getString("end_year"), (Boolean) row.getObject("current"),
                row.getBigDecimal("amount"), row.getString("currency"), row.getDouble("confidence"))));
            each(connection, "select id, title, uri, media_type from source_document order by id",
                row -> sources.accept(new SourceRow(row.getString("id"), row.getString("title"), row.getString("uri"),
                    row.getString("media_type"))));
            each(connection, "select entity_id, document_id from entity_document order by document_id, entity_id",
                row -> mentions.accept(new MentionRow(row.getString("entity_id"), row.getString("document_id"))));
            connection.commit();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private interface RowSink {
        void accept(ResultSet row) throws SQLException, IOException;
    }

    private static void each(Connection connection, String sql, RowSink sink) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(FETCH);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sink.accept(rows);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final DataSource data;

    public ExportRows(DataSource data) {
        this.data = data;
    }
}
