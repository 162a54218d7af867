package io.powermap.profile.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.profile.service.resolution.Trigrams;

/** The in-memory trigram search gives what pg_trgm's "%" and "<->" give, nearest first, per type. */
class NameIndexTest {

    private static final List<String> NAMES = List.of("southern poverty law center", "southern poverty law centre",
        "poverty law center", "law center of texas", "center for american progress", "american progress",
        "open society foundations", "open society institute", "soros fund management", "sierra club",
        "sierra club foundation", "sierra club maryland chapter", "heritage foundation", "heritage action for america",
        "human rights campaign", "human rights campaign foundation", "legal aid foundation of los angeles");

    @Test
    void nearestAsPgTrgmWouldRankThem() {
        NameIndex index = new NameIndex(null);
        List<UUID> ids = new ArrayList<>();
        for (String name : NAMES) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            index.put(id, EntityType.ORGANIZATION, name, false);
        }
        index.put(ids.get(0), EntityType.ORGANIZATION, "splc", true);
        index.put(UUID.randomUUID(), EntityType.PERSON, "southern poverty law center", false);

        for (String key : List.of("southern poverty law centr", "sierra club foundation inc", "heritage", "open society")) {
            List<NameIndex.Near> near = index.near(EntityType.ORGANIZATION, key, 5);
            List<String> expected = NAMES.stream().filter(name -> Trigrams.similarity(key, name) >= Trigrams.THRESHOLD)
                .sorted(Comparator.comparingDouble((String name) -> Trigrams.distance(key, name))
                    .thenComparing(Comparator.naturalOrder()))
                .limit(5).toList();
            assertEquals(expected, near.stream().filter(n -> !n.alias()).map(NameIndex.Near::matchKey).toList(), key);
            near.forEach(n -> assertEquals(Trigrams.distance(key, n.matchKey()), n.distance(), 0f, n.matchKey()));
        }
        assertTrue(index.named(EntityType.ORGANIZATION, "sierra club"));
        assertFalse(index.named(EntityType.ORGANIZATION, "splc"), "an alias is not a name");
        assertFalse(index.named(EntityType.CAMPAIGN, "sierra club"), "another type");

        // a name found gone from the tables is forgotten, and can come back
        NameIndex.Near gone = index.near(EntityType.ORGANIZATION, "sierra club", 1).get(0);
        index.forget(EntityType.ORGANIZATION, List.of(gone));
        assertFalse(index.named(EntityType.ORGANIZATION, "sierra club"));
        assertFalse(index.near(EntityType.ORGANIZATION, "sierra club", 5).stream()
            .anyMatch(n -> n.matchKey().equals("sierra club") && !n.alias()));
        index.put(gone.id(), EntityType.ORGANIZATION, "sierra club", false);
        assertEquals("sierra club", index.near(EntityType.ORGANIZATION, "sierra club", 1).get(0).matchKey());
    }
}
