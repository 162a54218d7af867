package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Word lists hold vocabulary (roles, keywords, cues, honorifics), never names taken from the
 * documents we score on: a list entry of two or more capitalised words that also occurs in a corpus
 * document would make the score on that corpus meaningless.
 */
class WordListsTest {

    private static final Path LISTS = Paths.get("src/main/resources/extraction");
    private static final Path CORPORA = Paths.get("../deploy/samples");
    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\b\\p{Lu}[\\p{L}'&.-]+");

    @Test
    void shouldHoldNoMultiWordNameFromAnyCorpus() throws IOException {
        String corpus = corpusText();
        List<String> found = new ArrayList<>();
        try (Stream<Path> lists = Files.walk(LISTS)) { // the cue lists under cues/ too
            for (Path list : lists.filter(p -> p.toString().endsWith(".txt")).toList()) {
                if (list.getFileName().toString().startsWith("places")) {
                    continue; // place names are shared vocabulary, not facts about a corpus's entities
                }
                for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                    String entry = line.strip();
                    if (!entry.startsWith("#") && CAPITALISED_WORD.matcher(entry).results().count() >= 2 && corpus.contains(entry)) {
                        found.add(LISTS.relativize(list) + ": " + entry);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void shouldKeepNoListOfKnownOrganizations() {
        assertFalse(Files.exists(LISTS.resolve("known-organizations.txt")),
            "organizations are recognised by shape and context, not by a list of names");
    }

    private static String corpusText() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(CORPORA)) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".json")).toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".html")) {
                    all.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return all.toString();
    }
}
