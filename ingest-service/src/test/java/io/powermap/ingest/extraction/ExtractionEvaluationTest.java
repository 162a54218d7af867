package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.powermap.ingest.extraction.eval.EvaluationMain;

class ExtractionEvaluationTest {

    @Test
    void shouldMeetQualityTargetsOnSampleCorpus() throws IOException {
        Path corpus = Paths.get("../deploy/samples");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "no sample corpus");
        try (Stream<Path> files = Files.list(corpus)) {
            Assumptions.assumeTrue(files.anyMatch(p -> p.getFileName().toString().endsWith(".gold.json")), "no gold files");
        }
        EvaluationMain.Result result = EvaluationMain.evaluate(corpus, System.out, false);
        assertTrue(result.entities().f1() >= EvaluationMain.ENTITY_F1_TARGET,
            "entity F1 " + result.entities().f1() + " below " + EvaluationMain.ENTITY_F1_TARGET);
        assertTrue(result.relationships().f1() >= EvaluationMain.RELATIONSHIP_F1_TARGET,
            "relationship F1 " + result.relationships().f1() + " below " + EvaluationMain.RELATIONSHIP_F1_TARGET);
    }
}
