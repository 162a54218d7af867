package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.powermap.contract.ExtractedEntity;
import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.NameKeys;
import io.powermap.ingest.extraction.eval.EvaluationMain;
import io.powermap.ingest.extraction.relations.RelationExtractor;
import io.powermap.ingest.extraction.relations.RuleConfidence;
import io.powermap.ingest.extraction.lexicon.Gazetteer;
import io.powermap.ingest.extraction.mentions.NameChunker;
import io.powermap.ingest.extraction.resolution.EntityResolver;

/**
 * A fact's confidence is the measured precision of the rules that stated it: the table names only
 * rules that exist, and on the corpora it was measured on, facts shown at a confidence are right
 * about that often.
 */
class RuleConfidenceTest {

    private static final Path SAMPLES = Path.of("..", "deploy", "samples");

    @Test
    void shouldMeasureOnlyRulesThatExist() throws Exception {
        List<String> ids = new RelationExtractor(Gazetteer.INSTANCE, NameChunker.CAMPAIGN_NOUNS, EntityResolver::isAcronym).ruleIds();
        Properties table = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RuleConfidence.RESOURCE)) {
            table.load(in);
        }
        for (String key : table.stringPropertyNames()) {
            assertTrue(key.equals("default") || ids.contains(key), "the precision table names a rule that no longer exists: " + key);
            double p = Double.parseDouble(table.getProperty(key));
            assertTrue(p >= 0 && p <= 1, key + "=" + p);
        }
    }

    @Test
    void shouldBeRightAboutAsOftenAsItsConfidenceSays() throws Exception {
        ObjectMapper json = new ObjectMapper();
        double confidence = 0;
        int facts = 0;
        int right = 0;
        for (String corpus : List.of("holdout", "blind-1", "blind-2")) {
            List<Path> docs = new ArrayList<>();
            try (Stream<Path> files = Files.list(SAMPLES.resolve(corpus))) {
                files.filter(p -> EvaluationMain.mediaType(p) != null && Files.exists(EvaluationMain.goldFor(p))).forEach(docs::add);
            }
            for (Path doc : docs) {
                JsonNode gold = json.readTree(EvaluationMain.goldFor(doc).toFile());
                Extraction x = Fixtures.EXTRACTOR.extract(Files.readAllBytes(doc), EvaluationMain.mediaType(doc), doc.toUri().toString());
                List<String> goldFacts = new ArrayList<>();
                gold.path("relationships").forEach(r -> goldFacts.add(r.path("type").asText() + "|"
                    + NameKeys.of(r.path("source").asText()) + "|" + NameKeys.of(r.path("target").asText())));
                for (ExtractedRelationship r : x.relationships()) {
                    assertEquals(RuleConfidence.INSTANCE.of(x.rules().get(r.id())), r.confidence(), 1e-9, r.toString());
                    confidence += r.confidence();
                    facts++;
                    if (stated(goldFacts, r, x)) {
                        right++;
                    }
                }
            }
        }
        double shown = confidence / facts;
        double observed = (double) right / facts;
        assertTrue(Math.abs(shown - observed) <= 0.08,
            "mean confidence " + shown + " but " + observed + " of " + facts + " facts are right");
    }

    /** Whether the gold states this fact, naming its ends by any of their names. */
    private static boolean stated(List<String> goldFacts, ExtractedRelationship r, Extraction x) {
        for (String s : names(x, r.sourceId())) {
            for (String t : names(x, r.targetId())) {
                if (goldFacts.contains(r.type().name() + "|" + s + "|" + t)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> names(Extraction x, String id) {
        ExtractedEntity e = x.entities().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
        List<String> out = new ArrayList<>();
        out.add(NameKeys.of(e.name()));
        e.aliases().forEach(a -> out.add(NameKeys.of(a)));
        return out;
    }
}
