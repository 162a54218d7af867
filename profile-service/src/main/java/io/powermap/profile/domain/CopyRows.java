package io.powermap.profile.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

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

    private static final byte[] NULL = {'\\', 'N'};
    private static final byte[][] ESCAPED = {{'\\', '\\'}, {'\\', 't'}, {'\\', 'n'}, {'\\', 'r'}};
    private static final int FIRST_CHUNK = 1 << 16;
    private static final int LARGEST_CHUNK = 1 << 20;

    private final String sql;
    // the rows as UTF-8, in chunks sent one after another: a poll's outbox payloads are megabytes,
    // and a StringBuilder grew by copying, turned to UTF-16 at the first character beyond Latin-1
    // (every later append widened), and was copied twice more to be sent (toString, getBytes)
    private final List<byte[]> chunks = new ArrayList<>();
    private byte[] chunk = new byte[FIRST_CHUNK];
    private int used;
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
                put((byte) '\t');
            }
            lineOpen = true;
            value(value);
        }
        put((byte) '\n');
        lineOpen = false;
        count++;
        return this;
    }

    int size() {
        return count;
    }

    /** The rows as they would be sent (for tests). */
    String rowsText() {
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
        chunks.forEach(full -> text.write(full, 0, full.length));
        text.write(chunk, 0, used);
        return text.toString(StandardCharsets.UTF_8);
    }

    private void value(Object value) {
        if (value == null) {
            put(NULL);
        } else if (value instanceof String text) {
            text(text);
        } else if (value instanceof BigDecimal amount) {
            put(amount.toPlainString().getBytes(StandardCharsets.UTF_8));
        } else {
            // uuid, numbers, booleans: their text form is PostgreSQL's; an Instant's is ISO 8601 in
            // UTC, which timestamptz reads
            put(value.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Backslash, tab, newline and carriage return are COPY's delimiters and escapes; all else goes as
     * it is, in runs encoded whole (a poll's outbox payloads are megabytes of JSON with hardly any
     * of the four: appended a character at a time they were an eighth of the applying thread's CPU).
     */
    private void text(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > '\\' || (c != '\\' && c != '\t' && c != '\n' && c != '\r')) {
                continue;
            }
            if (i > run) {
                put(text.substring(run, i).getBytes(StandardCharsets.UTF_8));
            }
            put(ESCAPED[switch (c) {
                case '\\' -> 0;
                case '\t' -> 1;
                case '\n' -> 2;
                default -> 3;
            }]);
            run = i + 1;
        }
        if (run < text.length()) {
            put((run == 0 ? text : text.substring(run)).getBytes(StandardCharsets.UTF_8));
        }
    }

    private void put(byte b) {
        if (used == chunk.length) {
            next();
        }
        chunk[used++] = b;
    }

    private void put(byte[] bytes) {
        int from = 0;
        while (from < bytes.length) {
            if (used == chunk.length) {
                next();
            }
            int n = Math.min(bytes.length - from, chunk.length - used);
            System.arraycopy(bytes, from, chunk, used, n);
            used += n;
            from += n;
        }
    }

    /** The chunk is full: kept as it is, and a new one (twice as large, up to 1 MB) written on. */
    private void next() {
        chunks.add(chunk);
        chunk = new byte[Math.min(LARGEST_CHUNK, chunk.length * 2)];
        used = 0;
    }

    /** Sends the rows (nothing when there are none); returns how many PostgreSQL took. */
    long send(DataSource data) {
        if (count == 0) {
            return 0;
        }
        try (Connection connection = data.getConnection()) {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                for (byte[] full : chunks) {
                    copy.writeToCopy(full, 0, full.length);
                }
                copy.writeToCopy(chunk, 0, used);
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
