package io.powermap.profile.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows for one {@code COPY table (columns) FROM STDIN}, in PostgreSQL's text format, sent on the
 * caller's transaction. The thousands of sentences, tie statements and mentions a poll writes go
 * this way instead of an insert from unnested arrays: PostgreSQL then neither parses an array
 * literal per column nor plans a statement that embeds them (replanned for every poll under
 * plan_cache_mode=force_custom_plan), and inserts the heap rows in batches. The driver has no
 * encoder for COPY's text format, hence the few lines of {@link #text}.
 */
final class CopyRows {

    private final String sql;
    private final StringBuilder rows = new StringBuilder(1 << 16);
    private boolean lineOpen;
    private int count;

    /** {@code target}: the table and its columns, as in {@code evidence (relationship_id, sentence)}. */
    CopyRows(String target) {
        this.sql = "copy " + target + " from stdin";
    }

    /** Adds one row, its values in the order of the target's columns. */
    CopyRows row(Object... values) {
        for (Object value : values) {
            if (lineOpen) {
                rows.append('\t');
            }
            lineOpen = true;
            value(value);
        }
        rows.append('\n');
        lineOpen = false;
        count++;
        return this;
    }

    int size() {
        return count;
    }

    /** The rows as they would be sent (for tests). */
    String rowsText() {
        return rows.toString();
    }

    private void value(Object value) {
        if (value == null) {
            rows.append("\\N");
        } else if (value instanceof String text) {
            text(text);
        } else if (value instanceof BigDecimal amount) {
            rows.append(amount.toPlainString());
        } else if (value instanceof Instant at) {
            rows.append(at); // ISO 8601 in UTC, which timestamptz reads
        } else {
            rows.append(value); // uuid, numbers, booleans: their text form is PostgreSQL's
        }
    }

    /**
     * Backslash, tab, newline and carriage return are COPY's delimiters and escapes; all else goes as
     * it is, in runs appended whole (a poll's outbox payloads are megabytes of JSON with hardly any
     * of the four: appended a character at a time they were an eighth of the applying thread's CPU).
     */
    private void text(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > '\\' || (c != '\\' && c != '\t' && c != '\n' && c != '\r')) {
                continue;
            }
            rows.append(text.substring(run, i)); // a String is appended by array copy, a range a char at a time
            rows.append(switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                default -> "\\r";
            });
            run = i + 1;
        }
        rows.append(run == 0 ? text : text.substring(run));
    }

    /** Sends the rows (nothing when there are none); returns how many PostgreSQL took. */
    long send(DataSource data) {
        if (count == 0) {
            return 0;
        }
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        try (Connection connection = data.getConnection()) {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
                return copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }
}
