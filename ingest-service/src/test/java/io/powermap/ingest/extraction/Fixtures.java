package io.powermap.ingest.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import io.powermap.contract.EntityType;
import io.powermap.contract.ExtractedEntity;
import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;

/** Helpers shared by the extraction tests: fixture loading and look-ups by name. */
final class Fixtures {

    static final DocumentExtractor EXTRACTOR = new DocumentExtractor(1_000_000);

    private Fixtures() {
    }

    static byte[] resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/extraction/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Extraction extract(String text, String mediaType) throws DocumentRejectedException {
        return EXTRACTOR.extract(text.getBytes(StandardCharsets.UTF_8), mediaType, "test://fixture");
    }

    static Optional<ExtractedEntity> entity(Extraction x, EntityType type, String name) {
        return x.entities().stream()
            .filter(e -> e.type() == type && (e.name().equals(name) || e.aliases().contains(name)))
            .findFirst();
    }

    static Optional<ExtractedEntity> entityNamed(Extraction x, String name) {
        return x.entities().stream().filter(e -> e.name().equals(name) || e.aliases().contains(name)).findFirst();
    }

    static Optional<ExtractedRelationship> relation(Extraction x, RelationshipType type, String source, String target) {
        Optional<ExtractedEntity> s = entityNamed(x, source);
        Optional<ExtractedEntity> t = entityNamed(x, target);
        if (s.isEmpty() || t.isEmpty()) {
            return Optional.empty();
        }
        return x.relationships().stream()
            .filter(r -> r.type() == type && r.sourceId().equals(s.get().id()) && r.targetId().equals(t.get().id()))
            .findFirst();
    }

    /** The relationship, or a failure that lists what was found instead (relationships and typed entities). */
    static ExtractedRelationship expectRelation(Extraction x, RelationshipType type, String source, String target) {
        return relation(x, type, source, target).orElseThrow(() -> new AssertionError(
            "no " + type + " " + source + " -> " + target + " in " + x.relationships() + " among "
                + x.entities().stream().map(e -> e.type() + ":" + e.name()).toList()));
    }

    /** The names of the entities of one type, in the order found. */
    static java.util.List<String> names(Extraction x, EntityType type) {
        return x.entities().stream().filter(e -> e.type() == type).map(ExtractedEntity::name).toList();
    }
}
