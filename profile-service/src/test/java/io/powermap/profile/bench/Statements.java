package io.powermap.profile.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * With -Dpowermap.bench.statements=true, PostgreSQL's own account of the measured part: the
 * statements by total time from pg_stat_statements (reset when the measured part starts). The
 * extension must be preloaded, which the embedded test server is not; point the benchmark at a
 * server that is with -Dpowermap.test.postgres.jdbc-url=jdbc:postgresql://localhost:PORT/DB
 * (shared_preload_libraries = 'pg_stat_statements', pg_stat_statements.track = all).
 */
final class Statements {

    private static final boolean ON = Boolean.getBoolean("powermap.bench.statements");

    private Statements() {
    }

    static void reset(Connection db) throws SQLException {
        if (ON) {
            try (Statement statement = db.createStatement()) {
                statement.execute("create extension if not exists pg_stat_statements");
                statement.execute("select pg_stat_statements_reset()");
            }
        }
    }

    static void print(Connection db, int documents) throws SQLException {
        if (!ON) {
            return;
        }
        String sql = """
            select calls, rows, total_exec_time, total_plan_time, shared_blks_hit + shared_blks_read,
                   wal_records, regexp_replace(left(query, 110), '\\s+', ' ', 'g')
            from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
            order by total_exec_time + total_plan_time desc limit 25""";
        System.out.printf("  pg_stat_statements, measured part, per document (%d): exec ms / plan ms / buffers / WAL records, calls, rows, statement%n",
            documents);
        double all = 0;
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                all += rows.getDouble(3) + rows.getDouble(4);
                System.out.printf("  %7.3f %6.3f %8.1f %7.1f %7d %8d  %s%n", rows.getDouble(3) / documents,
                    rows.getDouble(4) / documents, rows.getLong(5) / (double) documents, rows.getLong(6) / (double) documents,
                    rows.getLong(1), rows.getLong(2), rows.getString(7));
            }
        }
        System.out.printf("  top statements in all: %.3f ms a document%n%n", all / documents);
    }
}
