package io.powermap.profile.service;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import io.powermap.profile.domain.ExportRows;

/**
 * Our entities, ties and sources as FollowTheMoney entities ({"id", "schema", "properties"}, every
 * property a list of strings). Organizations are Organization, people Person, laws and campaigns
 * LegalEntity (FtM has no schema for either; the kind is in "summary"). Ties: a POSITION whose role
 * reads as a board seat is a Directorship, any other an Employment; MEMBERSHIP a Membership,
 * FUNDING a Payment, FAMILY a Family, the rest an UnknownLink with our type as its role. Each
 * source document is a Document, and each mention of an entity by it a Documentation.
 */
final class FtmMapping {

    private static final Pattern BOARD = Pattern.compile("director|board|trustee|chair|governor|member of the board",
        Pattern.CASE_INSENSITIVE);

    private FtmMapping() {
    }

    static Map<String, Object> entity(ExportRows.EntityRow row) {
        Map<String, List<String>> properties = new LinkedHashMap<>();
        properties.put("name", List.of(row.name()));
        if (!row.aliases().isEmpty()) {
            properties.put("alias", row.aliases());
        }
        String schema = switch (row.type()) {
            case "PERSON" -> "Person";
            case "ORGANIZATION" -> "Organization";
            default -> {
                properties.put("summary", List.of(row.type().toLowerCase(Locale.ROOT)));
                yield "LegalEntity";
            }
        };
        return ftm(row.id(), schema, properties);
    }

    static Map<String, Object> tie(ExportRows.TieRow row) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        String schema;
        switch (row.type()) {
            case "POSITION" -> {
                boolean board = row.role() != null && BOARD.matcher(row.role()).find();
                schema = board ? "Directorship" : "Employment";
                p.put(board ? "director" : "employee", List.of(row.sourceId()));
                p.put(board ? "organization" : "employer", List.of(row.targetId()));
            }
            case "MEMBERSHIP" -> {
                schema = "Membership";
                p.put("member", List.of(row.sourceId()));
                p.put("organization", List.of(row.targetId()));
            }
            case "FUNDING" -> {
                schema = "Payment";
                p.put("payer", List.of(row.sourceId()));
                p.put("beneficiary", List.of(row.targetId()));
                if (row.amount() != null) {
                    p.put("amount", List.of(row.amount().toPlainString()));
                }
                if (row.currency() != null) {
                    p.put("currency", List.of(row.currency().toLowerCase(Locale.ROOT)));
                }
            }
            case "FAMILY" -> {
                schema = "Family";
                p.put("person", List.of(row.sourceId()));
                p.put("relative", List.of(row.targetId()));
            }
            default -> {
                schema = "UnknownLink";
                p.put("subject", List.of(row.sourceId()));
                p.put("object", List.of(row.targetId()));
            }
        }
        String role = row.type().equals("POSITION") || row.type().equals("MEMBERSHIP") || row.type().equals("FAMILY")
            ? row.role() : row.type().toLowerCase(Locale.ROOT) + (row.role() == null ? "" : ": " + row.role());
        if (role != null && !schema.equals("Payment")) {
            p.put(schema.equals("Family") ? "relationship" : "role", List.of(role));
        }
        if (row.start() != null && row.start().matches("\\d{4}.*")) {
            p.put("startDate", List.of(row.start().substring(0, 4)));
        }
        if (row.end() != null && row.end().matches("\\d{4}.*")) {
            p.put("endDate", List.of(row.end().substring(0, 4)));
        }
        return ftm(row.id(), schema, p);
    }

    static Map<String, Object> document(ExportRows.SourceRow row) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put("title", List.of(row.title() != null ? row.title() : row.id()));
        if (row.uri() != null) {
            p.put("sourceUrl", List.of(row.uri()));
        }
        if (row.mediaType() != null) {
            p.put("mimeType", List.of(row.mediaType()));
        }
        return ftm(documentId(row.id()), "Document", p);
    }

    static Map<String, Object> documentation(ExportRows.MentionRow row) {
        String id = UUID.nameUUIDFromBytes((row.documentId() + "\n" + row.entityId()).getBytes(StandardCharsets.UTF_8)).toString();
        return ftm(id, "Documentation", Map.of("document", List.of(documentId(row.documentId())),
            "entity", List.of(row.entityId())));
    }

    /** Document ids are URIs or hashes; FtM ids are kept short and stable by hashing them. */
    static String documentId(String id) {
        return "doc-" + UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> ftm(String id, String schema, Map<String, List<String>> properties) {
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("id", id);
        entity.put("schema", schema);
        entity.put("properties", properties);
        return entity;
    }
}
