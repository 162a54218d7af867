package io.powermap.profile.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.powermap.contract.EventJson;
import io.powermap.profile.domain.ExportRows;

/**
 * Writes the whole store as newline-delimited JSON, one object a line, streamed from database
 * cursors (constant memory). {@code ndjson}: our own shapes with a "kind" of entity, relationship,
 * document or mention. {@code ftm}: FollowTheMoney entities ({@link FtmMapping}). Entities come
 * first, then ties, then sources and their mentions, so every id a line refers to has come before.
 */
@ApplicationScoped
public class Exporter {

    public enum Format { NDJSON, FTM }

    private final ExportRows rows;

    public Exporter(ExportRows rows) {
        this.rows = rows;
    }

    public void write(Format format, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        boolean ftm = format == Format.FTM;
        rows.stream(
            entity -> line(writer, ftm ? FtmMapping.entity(entity) : own("entity", entity)),
            tie -> line(writer, ftm ? FtmMapping.tie(tie) : own("relationship", tie)),
            source -> line(writer, ftm ? FtmMapping.document(source) : own("document", source)),
            mention -> line(writer, ftm ? FtmMapping.documentation(mention) : own("mention", mention)));
        writer.flush();
    }

    private static Map<String, Object> own(String kind, Object row) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", kind);
        line.put("data", row);
        return line;
    }

    private static void line(Writer writer, Object value) throws IOException {
        writer.write(EventJson.write(value));
        writer.write('\n');
    }
}
