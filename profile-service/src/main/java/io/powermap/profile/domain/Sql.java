package io.powermap.profile.domain;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

/** Small JDBC helpers for the write path; every call runs on the caller's transaction. */
final class Sql {

    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private Sql() {
    }

    /** Profiling only: EXPLAIN ANALYZE every long statement first, in a savepoint rolled back, and log the plan. */
    private static final boolean EXPLAIN = Boolean.getBoolean("powermap.bench.explain");
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(Sql.class);

    private static void explain(Connection connection, String sql, Binder binder) throws SQLException {
        // by SQL: Agroal refuses Connection.rollback(savepoint) on a connection enlisted in a JTA transaction
        try (var begin = connection.createStatement()) {
            begin.execute("savepoint powermap_explain");
        }
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement statement = connection.prepareStatement("explain (analyze, buffers, summary) " + sql)) {
            binder.bind(statement);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    plan.append(result.getString(1)).append('\n');
                }
            }
        } finally {
            try (var end = connection.createStatement()) {
                end.execute("rollback to savepoint powermap_explain");
            }
        }
        LOG.debugf("EXPLAIN %s\n%s", sql.substring(0, Math.min(60, sql.length())).replace('\n', ' '), plan);
    }

    static <T> List<T> query(DataSource data, String sql, Binder binder, RowMapper<T> mapper) {
        try (Connection connection = data.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            if (EXPLAIN && sql.length() > 1000) {
                explain(connection, sql, binder);
            }
            binder.bind(statement);
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(mapper.map(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    static int update(DataSource data, String sql, Binder binder) {
        try (Connection connection = data.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    static Array uuids(PreparedStatement statement, Collection<UUID> ids) throws SQLException {
        return statement.getConnection().createArrayOf("uuid", ids.toArray(UUID[]::new));
    }

    static Array texts(PreparedStatement statement, Collection<String> values) throws SQLException {
        return statement.getConnection().createArrayOf("varchar", values.toArray(String[]::new));
    }

    static Array times(PreparedStatement statement, Collection<Instant> instants) throws SQLException {
        return statement.getConnection().createArrayOf("timestamptz", instants.stream().map(Timestamp::from).toArray());
    }

    static Timestamp time(Instant instant) {
        return Timestamp.from(instant);
    }

    static UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    static List<UUID> uuidList(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : List.of((UUID[]) array.getArray());
    }

    /** A uuid[] column, read as text now and parsed only if the list is read. */
    static List<UUID> uuidListLater(ResultSet row, String column) throws SQLException {
        String text = row.getString(column); // "{a,b,...}": uuids need no quotes
        if (text == null || text.length() <= 2) {
            return List.of();
        }
        return new LazyList<>(() -> {
            List<UUID> ids = new ArrayList<>();
            int start = 1;
            for (int comma = text.indexOf(',', start); ; comma = text.indexOf(',', start)) {
                int end = comma < 0 ? text.length() - 1 : comma;
                ids.add(UUID.fromString(text.substring(start, end)));
                if (comma < 0) {
                    return List.copyOf(ids);
                }
                start = comma + 1;
            }
        });
    }

    static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add((String) value);
        }
        return values;
    }

    /** An array column of any type (uuid[] too), each element as text. */
    static List<String> texts(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add(String.valueOf(value));
        }
        return values;
    }
}
