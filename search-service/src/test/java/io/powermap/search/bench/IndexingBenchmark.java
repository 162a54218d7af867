package io.powermap.search.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import com.sun.management.OperatingSystemMXBean;

import io.powermap.contract.EntityChanged;
import io.powermap.contract.EntityType;
import io.powermap.contract.ProfileChange;
import io.powermap.contract.ProfileChange.Change;
import io.powermap.contract.RelationshipChanged;
import io.powermap.contract.RelationshipType;
import io.powermap.search.domain.IndexedChange;
import io.powermap.search.service.LuceneIndex;
import io.powermap.search.support.IndexConfigs;

/**
 * CPU that search-service spends indexing one document's changes, measured in CPU time (so other work
 * on the machine hardly moves it): a generated stream shaped like profile-service's output (per
 * document 12 entities and up to 25 ties with one to three sentences; four of the entities come from
 * a pool of recurring funders, laws and networks, so hubs with thousands of ties form, five were named
 * in earlier documents and three are new), written to a
 * {@link LuceneIndex} and refreshed every K documents as the refresh pacer would under a steady stream.
 * Prints the indexing thread's and the whole process's CPU per document (merges, GC and the JIT
 * included) for the measured part after a warm-up. Not part of the normal test run:
 * {@code ./mvnw -B -o -pl search-service test -Dtest=IndexingBenchmark -Dpowermap.bench.indexing-documents=2000}
 * ({@code -Dpowermap.bench.warmup-documents=4000 -Dpowermap.bench.refresh-every=5 -Dpowermap.bench.commit-changes=20000}, and
 * {@code -Dpowermap.bench.large-entity-interval-ms=1000}: 0 rebuilds every touched entity at every refresh).
 */
@EnabledIfSystemProperty(named = "powermap.bench.indexing-documents", matches = "\\d+")
class IndexingBenchmark {

    private static final int HUBS = 300;
    private static final String[] WORDS = words(new Random(11), 3_000);

    @TempDir
    Path dir;

    private final Random random = new Random(42);
    private final List<String[]> hubs = new ArrayList<>();
    /** Entities named before: most names in a document were seen in earlier ones. */
    private final List<String[]> seen = new ArrayList<>();
    private long offset;

    @Test
    void printsCpuPerDocument() throws Exception {
        int measured = Integer.getInteger("powermap.bench.indexing-documents");
        int warmup = Integer.getInteger("powermap.bench.warmup-documents", 4_000);
        int refreshEvery = Integer.getInteger("powermap.bench.refresh-every", 5);
        for (int i = 0; i < HUBS; i++) {
            hubs.add(new String[] {UUID.randomUUID().toString(), name(3), i % 3 == 0 ? "LEGISLATION" : "ORGANIZATION"});
        }
        Duration largeEntityInterval = Duration.ofMillis(Long.getLong("powermap.bench.large-entity-interval-ms", 1_000));
        LuceneIndex index = new LuceneIndex(IndexConfigs.inFolder(dir, Integer.getInteger("powermap.bench.commit-changes", 20_000), Duration.ofSeconds(5), largeEntityInterval));
        run(index, warmup, refreshEvery);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long thread0 = threads.getCurrentThreadCpuTime();
        long process0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        int changes = run(index, measured, refreshEvery);
        double thread = (threads.getCurrentThreadCpuTime() - thread0) / 1e6;
        double process = (os.getProcessCpuTime() - process0) / 1e6;
        double wall = (System.nanoTime() - wall0) / 1e6;
        System.out.printf("BENCHMARK search-service indexing: %d documents (%d changes) after %d warm-up, refreshed every %d;"
            + " an entity with many ties rebuilt at most every %d ms%n",
            measured, changes, warmup, refreshEvery, largeEntityInterval.toMillis());
        System.out.printf("  CPU per document: indexing thread %.2f ms, process %.2f ms (merges, GC, JIT included); wall %.2f ms%n",
            thread / measured, process / measured, wall / measured);
        LuceneIndex.RefreshStats stats = index.refreshStats();
        System.out.printf("  index now %d entities, %d relationships; load average %.2f; since the start %d entities rebuilt,"
            + " %d left for later%n", index.count(true), index.count(false), os.getSystemLoadAverage(), stats.entitiesRebuilt(),
            stats.entitiesDeferred());
        index.commit();
    }

    private int run(LuceneIndex index, int documents, int refreshEvery) throws Exception {
        int changes = 0;
        for (int d = 1; d <= documents; d++) {
            List<IndexedChange> batch = document();
            changes += batch.size();
            index.write(batch);
            if (d % refreshEvery == 0) {
                index.refresh();
            }
        }
        index.refresh();
        return changes;
    }

    /** One document's changes: its entities (some recurring), then ties among them with their sentences. */
    private List<IndexedChange> document() {
        List<String[]> entities = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            if (i < 4) {
                entities.add(hubs.get((int) (HUBS * Math.pow(random.nextDouble(), 2))));
            } else if (i < 9 && !seen.isEmpty()) {
                entities.add(seen.get(random.nextInt(seen.size())));
            } else {
                String[] entity = {UUID.randomUUID().toString(), name(random.nextBoolean() ? 2 : 4),
                    random.nextBoolean() ? "PERSON" : "ORGANIZATION"};
                seen.add(entity);
                entities.add(entity);
            }
        }
        List<IndexedChange> batch = new ArrayList<>();
        for (String[] entity : entities) {
            batch.add(change(new EntityChanged(1, UUID.randomUUID().toString(), Change.UPSERTED, Instant.now(), entity[0],
                EntityType.valueOf(entity[2]), entity[1], List.of(), Map.of("founded", "1990"), List.of("https://example.org/d"))));
        }
        for (int i = 0; i < 25; i++) {
            String[] source = entities.get(random.nextInt(entities.size()));
            String[] target = entities.get(random.nextInt(entities.size()));
            if (source == target) {
                continue;
            }
            List<String> sentences = new ArrayList<>();
            for (int s = 0, n = 1 + random.nextInt(3); s < n; s++) {
                sentences.add(sentence(source[1], target[1]));
            }
            batch.add(change(new RelationshipChanged(1, UUID.randomUUID().toString(), Change.UPSERTED, Instant.now(),
                UUID.nameUUIDFromBytes((source[0] + target[0]).getBytes()).toString(), RelationshipType.values()[random.nextInt(10)],
                source[0], source[1], target[0], target[1], null, "2019", null, true, null, null, 0.8, sentences)));
        }
        return batch;
    }

    private IndexedChange change(ProfileChange change) {
        return new IndexedChange(change, 0, offset++);
    }

    private String sentence(String source, String target) {
        StringBuilder text = new StringBuilder(source).append(' ');
        for (int i = 0, n = 12 + random.nextInt(16); i < n; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return text.append(target).append('.').toString();
    }

    private String name(int words) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            name.append(i == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    private static String[] words(Random random, int count) {
        String[] words = new String[count];
        for (int i = 0; i < count; i++) {
            StringBuilder word = new StringBuilder();
            for (int j = 0, n = 3 + random.nextInt(8); j < n; j++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            words[i] = word.toString();
        }
        return words;
    }
}
