package io.powermap.profile.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.powermap.contract.DocumentParsed;
import io.powermap.contract.DocumentSource;
import io.powermap.contract.EntityType;
import io.powermap.contract.Evidence;
import io.powermap.contract.ExtractedEntity;
import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;

/**
 * Realistic {@link DocumentParsed} records built from the sample documents and their gold
 * annotations. Document n is sample n mod S in "round" n / S: in later rounds some people and
 * organizations are replaced by variants drawn from a bounded pool, so the graph grows while
 * well-known funders, laws and campaigns recur across documents as they do in real corpora.
 */
public final class SampleCorpus {

    private static final String[] FIRST = {"Maria", "James", "Aisha", "Robert", "Mei", "Daniel", "Fatima", "Thomas",
        "Elena", "Samuel", "Grace", "Omar", "Laura", "Victor", "Nadia", "Peter", "Rosa", "Kenji", "Helen", "Marcus"};
    private static final String[] LAST = {"Alvarez", "Okafor", "Lindqvist", "Chen", "Baptiste", "Novak", "Haddad",
        "Murphy", "Santos", "Kowalski", "Reyes", "Whitfield", "Tanaka", "Abernathy", "Duarte", "Moreau", "Osei",
        "Brennan", "Castillo", "Fairbanks"};
    private static final String[] PLACES = {"Ohio", "Texas", "Oregon", "Maine", "Nevada", "Georgia", "Iowa",
        "Vermont", "Arizona", "Kansas", "Utah", "Idaho"};
    /** How many variants one name can have: bounds the graph, and makes variants recur. */
    private static final int VARIANTS = 40;

    private record Sample(String name, String text, JsonNode gold) {
    }

    private final List<Sample> samples;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private SampleCorpus(List<Sample> samples) {
        this.samples = samples;
    }

    /** Every document with a gold annotation in the folder and its holdout/ (a fixed set, for comparable runs). */
    public static SampleCorpus load(Path folder) {
        List<Sample> samples = new ArrayList<>();
        read(folder, samples);
        read(folder.resolve("holdout"), samples);
        if (samples.isEmpty()) {
            throw new IllegalStateException("no annotated samples under " + folder);
        }
        return new SampleCorpus(samples);
    }

    private static void read(Path folder, List<Sample> samples) {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path gold : files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList()) {
                String base = gold.getFileName().toString().replace(".gold.json", "");
                Path text = Stream.of(".txt", ".html", ".md").map(ext -> gold.resolveSibling(base + ext))
                    .filter(Files::exists).findFirst().orElse(null);
                if (text != null) {
                    samples.add(new Sample(base, Files.readString(text), json.readTree(gold.toFile())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String run() {
        return run;
    }

    public DocumentParsed document(int n) {
        Sample sample = samples.get(n % samples.size());
        int round = n / samples.size();
        String documentId = "bench://" + run + "/" + n + "/" + sample.name;
        Map<String, String> localIds = new HashMap<>();
        Map<String, ExtractedEntity> entities = new LinkedHashMap<>();
        for (JsonNode node : sample.gold.path("entities")) {
            String original = node.path("name").asText();
            EntityType type = EntityType.valueOf(node.path("type").asText());
            String name = round == 0 ? original : variant(original, type, round);
            List<String> aliases = new ArrayList<>();
            if (name.equals(original)) {
                node.path("aliases").forEach(alias -> aliases.add(alias.asText()));
            }
            String id = "e" + (entities.size() + 1);
            localIds.put(original, id);
            entities.put(id, new ExtractedEntity(id, type, name, aliases, Map.of(), List.of()));
        }
        List<ExtractedRelationship> ties = new ArrayList<>();
        for (JsonNode node : sample.gold.path("relationships")) {
            String source = localIds.get(node.path("source").asText());
            String target = localIds.get(node.path("target").asText());
            if (source == null || target == null) {
                continue;
            }
            ties.add(new ExtractedRelationship("r" + (ties.size() + 1), RelationshipType.valueOf(node.path("type").asText()),
                source, target, text(node, "role"), text(node, "start"), text(node, "end"),
                node.has("current") ? node.path("current").asBoolean() : null,
                node.has("amount") ? new BigDecimal(node.path("amount").asText()) : null, text(node, "currency"), 0.9,
                List.of(sentence(sample.text, node.path("target").asText(), node.path("source").asText()))));
        }
        String subject = sample.gold.path("subject").asText();
        return new DocumentParsed(1, UUID.randomUUID().toString(), documentId,
            new DocumentSource(documentId, subject + " (" + n + ")", "text/plain", null), sample.text,
            localIds.get(subject), List.copyOf(entities.values()), ties);
    }

    public int facts(DocumentParsed document) {
        return document.entities().size() + document.relationships().size();
    }

    /** About half the people and a third of the organizations become one of a few variants. */
    private static String variant(String name, EntityType type, int round) {
        int h = Math.floorMod((name + "#" + round).hashCode(), 1_000_003);
        int pick = Math.floorMod((name.hashCode() * 31) + round, VARIANTS);
        return switch (type) {
            case PERSON -> h % 2 == 0 ? FIRST[pick % FIRST.length] + " " + LAST[(pick + name.length()) % LAST.length] : name;
            case ORGANIZATION -> h % 3 == 0 ? name + " of " + PLACES[pick % PLACES.length] : name;
            default -> name;
        };
    }

    private static Evidence sentence(String text, String... names) {
        for (String name : names) {
            int at = text.indexOf(name);
            if (at >= 0) {
                int start = Math.max(Math.max(text.lastIndexOf(". ", at) + 2, text.lastIndexOf('\n', at) + 1), 0);
                int dot = text.indexOf(". ", at);
                int end = dot < 0 ? text.length() : Math.min(dot + 1, text.length());
                int line = text.indexOf('\n', at);
                end = line >= 0 && line < end ? line : end;
                // an extracted sentence, not a page: at most 300 characters around the name
                start = Math.max(start, at - 150);
                return new Evidence(start, Math.min(end, start + 300), List.of());
            }
        }
        return new Evidence(0, Math.min(200, text.length()), List.of());
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.path(field).asText() : null;
    }
}
