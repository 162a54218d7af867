package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.ExtractedEntity;
import io.powermap.contract.RelationshipType;

/**
 * An organ named with the body it belongs to ("the Board of Trustees of the X Trust", "the Supervisory Board of Y
 * Group") names the body: the body is the entity and the holder of the posts, the organ is none. Every name and
 * sentence here is invented.
 */
class OrganOfBodyTest {

    @Test
    void shouldGivePostsInMinutesToTheBodyNotItsBoard() throws Exception {
        Extraction x = Fixtures.extract("""
            MARLOWE HERITAGE TRUST

            Minutes of the spring meeting, held in Kettering on 3 April 2026.

            Present: Edwina Caulfield-Rhys (chair); Tobias Wenlock; Priyanka Desmond-Achebe (treasurer).

            The Board of Trustees of the Marlowe Heritage Trust (the "Trust") met to approve the accounts.

            Gregor Hallam was appointed director of the Trust from 1 June 2026. He previously worked at the Northfield
            Canal Society for nine years.
            """, "text/plain");
        assertTrue(hasRelation(x, RelationshipType.POSITION, "Gregor Hallam", "Marlowe Heritage Trust"), x.relationships().toString());
        assertTrue(hasRelation(x, RelationshipType.POSITION, "Edwina Caulfield-Rhys", "Marlowe Heritage Trust"), x.relationships().toString());
        assertFalse(x.entities().stream().anyMatch(e -> e.name().startsWith("Board of")), x.entities().toString());
    }

    @Test
    void shouldNameTheBodyBehindACommitteeOrSupervisoryBoard() throws Exception {
        Extraction x = Fixtures.extract("""
            The Executive Committee of the Lakeshore Tenants Union voted on Tuesday to back the Rent Stabilisation Bill,
            its secretary Ilse Marchetti said. The committee also agreed to join the Midland Housing Coalition.

            Separately, the Supervisory Board of Veltmann Logistics Group named Corinna Abendroth as its new chief
            financial officer.
            """, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.SUPPORTS, "Lakeshore Tenants Union", "Rent Stabilisation Bill");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Corinna Abendroth", "Veltmann Logistics Group");
        assertTrue(Fixtures.names(x, EntityType.ORGANIZATION).stream().noneMatch(n -> n.contains("Committee") || n.contains("Board")),
            Fixtures.names(x, EntityType.ORGANIZATION).toString());
    }

    /** The body may keep the capitals of a letterhead as its name; it is the same body. */
    private static boolean hasRelation(Extraction x, RelationshipType type, String source, String target) {
        ExtractedEntity s = x.entities().stream().filter(e -> e.name().equalsIgnoreCase(source)).findFirst().orElse(null);
        ExtractedEntity t = x.entities().stream().filter(e -> e.name().equalsIgnoreCase(target)).findFirst().orElse(null);
        return s != null && t != null && x.relationships().stream()
            .anyMatch(r -> r.type() == type && r.sourceId().equals(s.id()) && r.targetId().equals(t.id()));
    }
}
