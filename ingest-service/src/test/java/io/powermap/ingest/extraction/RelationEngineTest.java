package io.powermap.ingest.extraction;

import static io.powermap.ingest.extraction.Fixtures.extract;
import static io.powermap.ingest.extraction.Fixtures.relation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.relations.RelationExtractor;
import io.powermap.ingest.extraction.lexicon.Gazetteer;
import io.powermap.ingest.extraction.mentions.NameChunker;
import io.powermap.ingest.extraction.resolution.EntityResolver;

/** The relation engine's contract: named rules, cue lists as files, every evidence sentence of a fact kept. */
class RelationEngineTest {

    private static final Path SOURCES = Paths.get("src/main/java/io/powermap/ingest/extraction/relations");
    private static final Path CUES = Paths.get("src/main/resources/extraction/cues");

    @Test
    void shouldNameEveryRuleOnceAsFamilyDotName() {
        List<String> ids = new RelationExtractor(Gazetteer.INSTANCE, NameChunker.CAMPAIGN_NOUNS, EntityResolver::isAcronym).ruleIds();
        assertTrue(ids.size() > 25, ids.toString());
        assertEquals(ids.size(), new HashSet<>(ids).size(), "rule ids are unique: " + ids);
        for (String id : ids) {
            assertTrue(id.matches("[a-z]+\\.[a-z]+(-[a-z]+)*"), id);
        }
    }

    @Test
    void shouldKeepEverySentenceThatStatesAFact() throws DocumentRejectedException {
        Extraction x = extract("The Harlow Fund gave $10,000 to the Pine Street Food Bank in 2019. "
            + "The Pine Street Food Bank runs two pantries. "
            + "In 2021 the Harlow Fund gave $20,000 to the Pine Street Food Bank.", "text/plain");
        ExtractedRelationship r = relation(x, RelationshipType.FUNDING, "Harlow Fund", "Pine Street Food Bank").orElseThrow();
        assertEquals(2, r.evidence().size(), r.toString());
        assertTrue(x.text().substring(r.evidence().get(0).start(), r.evidence().get(0).end()).contains("2019"));
        assertTrue(x.text().substring(r.evidence().get(1).start(), r.evidence().get(1).end()).contains("2021"));
    }

    @Test
    void shouldUseEveryCueFileAndKeepCuesLowerCase() throws IOException {
        StringBuilder code = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                code.append(Files.readString(p));
            }
        }
        List<String> unused = new ArrayList<>();
        Set<String> upper = new HashSet<>();
        try (Stream<Path> files = Files.list(CUES)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String name = p.getFileName().toString().replace(".txt", "");
                if (!code.toString().contains("\"" + name + "\"")) {
                    unused.add(name);
                }
                if (name.equals("hierarchy-affiliate-name-words")) {
                    continue; // words of organization names, compared with their capitals
                }
                for (String line : Files.readAllLines(p)) {
                    if (!line.startsWith("#") && !line.equals(line.toLowerCase())) {
                        upper.add(name + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), unused);
        assertEquals(Set.of(), upper);
    }
}
