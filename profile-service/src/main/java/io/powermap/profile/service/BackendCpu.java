package io.powermap.profile.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * For the apply benchmark only ({@code -Dpowermap.bench.backend-cpu=true}, with PostgreSQL on
 * the same machine): the CPU time the database backend of the current transaction has used so
 * far, read from /proc, so that the debug log can say what each phase of a poll cost PostgreSQL,
 * which wall times on a shared machine cannot. Off (and -1) otherwise.
 */
@ApplicationScoped
public class BackendCpu {

    private static final boolean ON = Boolean.getBoolean("powermap.bench.backend-cpu");
    private static final long MS_PER_TICK = 10; // USER_HZ is 100 on Linux

    private final DataSource data;

    public BackendCpu(DataSource data) {
        this.data = data;
    }

    public static boolean on() {
        return ON;
    }

    /** Milliseconds of CPU the backend has used, or -1. */
    public long millis() {
        return millis(data);
    }

    /** Milliseconds of CPU the backend of the current transaction on {@code data} has used, or -1. */
    public static long millis(DataSource data) {
        if (!ON) {
            return -1;
        }
        try (Connection connection = data.getConnection()) {
            return millis(connection);
        } catch (SQLException e) {
            return -1;
        }
    }

    /** Milliseconds of CPU the backend of {@code connection} has used, or -1. */
    public static long millis(Connection connection) {
        if (!ON) {
            return -1;
        }
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select pg_backend_pid()")) {
            row.next();
            String stat = Files.readString(Path.of("/proc", Long.toString(row.getLong(1)), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MS_PER_TICK;
        } catch (SQLException | IOException | RuntimeException e) {
            return -1;
        }
    }
}
