package io.powermap.ingest.extraction;

import static io.powermap.ingest.extraction.Fixtures.entity;
import static io.powermap.ingest.extraction.Fixtures.relation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.ExtractedEntity;
import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;
import io.powermap.contract.Span;

class ExtractionBehaviourTest {

    private static Extraction dossier;

    @BeforeAll
    static void readDossier() throws DocumentRejectedException {
        dossier = Fixtures.EXTRACTOR.extract(Fixtures.resource("dossier.txt"), "text/plain", "test://dossier");
    }

    @Test
    void shouldTakeSubjectFromTitleLine() {
        ExtractedEntity subject = dossier.entities().stream().filter(e -> e.id().equals(dossier.subjectId())).findFirst().orElseThrow();
        assertEquals("Riverbend Tenant Alliance", subject.name());
        assertEquals(EntityType.ORGANIZATION, subject.type());
        assertEquals("1994", subject.attributes().get("founded"));
    }

    @Test
    void shouldResolveAcronymToLongForm() {
        ExtractedEntity rta = entity(dossier, EntityType.ORGANIZATION, "Riverbend Tenant Alliance").orElseThrow();
        assertTrue(rta.aliases().contains("RTA"));
        assertTrue(entity(dossier, EntityType.ORGANIZATION, "RTA").orElseThrow().id().equals(rta.id()));
    }

    @Test
    void shouldPointMentionsIntoText() {
        for (ExtractedEntity e : dossier.entities()) {
            for (Span s : e.mentions()) {
                String surface = dossier.text().substring(s.start(), s.end());
                assertFalse(surface.isBlank(), e.name());
            }
        }
    }

    @Test
    void shouldExtractFoundersFromPassiveSentence() {
        assertTrue(relation(dossier, RelationshipType.FOUNDED, "Harriet Quill", "Riverbend Tenant Alliance").isPresent());
        assertTrue(relation(dossier, RelationshipType.FOUNDED, "Oscar Benally", "Riverbend Tenant Alliance").isPresent());
    }

    @Test
    void shouldReadRoleYearsFromFromUntil() {
        ExtractedRelationship r = relation(dossier, RelationshipType.POSITION, "Harriet Quill", "Riverbend Tenant Alliance").orElseThrow();
        assertEquals("executive director", r.role());
        assertEquals("1994", r.start());
        assertEquals("2011", r.end());
        assertEquals(Boolean.FALSE, r.current());
    }

    @Test
    void shouldMarkCurrentRoleSince() {
        ExtractedRelationship r = relation(dossier, RelationshipType.POSITION, "Marcus Delacroix", "Riverbend Tenant Alliance").orElseThrow();
        assertEquals("president", r.role());
        assertEquals("2015", r.start());
        assertEquals(Boolean.TRUE, r.current());
    }

    @Test
    void shouldMarkFormerRoleAsNotCurrent() {
        ExtractedRelationship r = relation(dossier, RelationshipType.POSITION, "Oscar Benally", "Riverbend Tenant Alliance").orElseThrow();
        assertEquals(Boolean.FALSE, r.current());
    }

    @Test
    void shouldStripHonorificsFromPersonNames() {
        assertTrue(entity(dossier, EntityType.PERSON, "Paula Whitcombe").isPresent());
        assertTrue(dossier.entities().stream().noneMatch(e -> e.name().startsWith("Senator")));
    }

    @Test
    void shouldResolvePossessivePronounToLastPerson() {
        ExtractedRelationship r = relation(dossier, RelationshipType.FAMILY, "Paula Whitcombe", "Gordon Whitcombe").orElseThrow();
        assertEquals("spouse", r.role());
    }

    @Test
    void shouldResolveGroupNounToSubject() {
        assertTrue(relation(dossier, RelationshipType.SUPPORTS, "Riverbend Tenant Alliance", "Tenant Protection Act of 2019").isPresent());
        assertTrue(relation(dossier, RelationshipType.OPPOSES, "Riverbend Tenant Alliance", "SB 4471").isPresent());
        assertTrue(relation(dossier, RelationshipType.MEMBERSHIP, "Riverbend Tenant Alliance", "National Housing Justice Network").isPresent());
    }

    @Test
    void shouldMergeRenamedProgramAndLinkItToSubject() {
        ExtractedEntity program = entity(dossier, EntityType.CAMPAIGN, "Open Doors").orElseThrow();
        assertTrue(program.name().equals("Fair Keys") || program.aliases().contains("Fair Keys"));
        ExtractedRelationship r = relation(dossier, RelationshipType.CAMPAIGN, "Riverbend Tenant Alliance", "Open Doors").orElseThrow();
        assertEquals("1999", r.start());
    }

    @Test
    void shouldExtractFundingWithAmountAndYear() {
        ExtractedRelationship r = relation(dossier, RelationshipType.FUNDING, "Granite Peak Foundation", "Riverbend Tenant Alliance").orElseThrow();
        assertEquals(0, new BigDecimal("2500000").compareTo(r.amount()));
        assertEquals("USD", r.currency());
        assertEquals("2018", r.start());
        assertTrue(r.confidence() > 0 && r.confidence() <= 1);
    }

    @Test
    void shouldMarkNoLongerFundingAsNotCurrent() {
        ExtractedRelationship r = relation(dossier, RelationshipType.FUNDING, "Harlow Family Fund", "Riverbend Tenant Alliance").orElseThrow();
        assertEquals(Boolean.FALSE, r.current());
    }

    @Test
    void shouldIgnoreNegatedFunding() {
        assertTrue(relation(dossier, RelationshipType.FUNDING, "Meadowlark Trust", "Riverbend Tenant Alliance").isEmpty());
    }

    @Test
    void shouldAttachFootnoteTextToEvidence() {
        ExtractedRelationship r = relation(dossier, RelationshipType.OPPOSES, "Riverbend Tenant Alliance", "SB 4471").orElseThrow();
        assertEquals(1, r.evidence().size());
        assertTrue(r.evidence().get(0).footnotes().contains("The bill died in committee."));
        String sentence = dossier.text().substring(r.evidence().get(0).start(), r.evidence().get(0).end());
        assertTrue(sentence.contains("SB 4471"));
    }

    @Test
    void shouldMoveCopyrightLineToSource() {
        assertNotNull(dossier.source().copyright());
        assertTrue(dossier.source().copyright().contains("Example Research Service"));
        assertFalse(dossier.text().contains("All rights reserved"));
        assertTrue(dossier.entities().stream().noneMatch(e -> e.name().contains("Example Research")));
    }

    @Test
    void shouldNotCreatePlaceEntities() {
        assertTrue(dossier.entities().stream().noneMatch(e -> e.name().equals("Dayton") || e.name().equals("Ohio")));
    }

    @Test
    void shouldNumberIdsInOrder() {
        for (int i = 0; i < dossier.entities().size(); i++) {
            assertEquals("e" + (i + 1), dossier.entities().get(i).id());
        }
        for (int i = 0; i < dossier.relationships().size(); i++) {
            assertEquals("r" + (i + 1), dossier.relationships().get(i).id());
        }
    }

    @Test
    void shouldRecogniseLegislationByCodeAndByName() throws DocumentRejectedException {
        Extraction x = Fixtures.extract("Harbor Watch Coalition\n\nThe Harbor Watch Coalition endorsed H.R. 2210 and "
            + "Proposition 12, and it fought the Coastal Drilling Expansion Act in the state senate.", "text/plain");
        assertTrue(entity(x, EntityType.LEGISLATION, "H.R. 2210").isPresent());
        assertTrue(entity(x, EntityType.LEGISLATION, "Proposition 12").isPresent());
        assertTrue(relation(x, RelationshipType.OPPOSES, "Harbor Watch Coalition", "Coastal Drilling Expansion Act").isPresent());
        assertTrue(relation(x, RelationshipType.SUPPORTS, "Harbor Watch Coalition", "H.R. 2210").isPresent());
    }

    @Test
    void shouldLinkSurnameToFullName() throws DocumentRejectedException {
        Extraction x = Fixtures.extract("Prairie Seed Institute\n\nThe Prairie Seed Institute was created by Walter "
            + "Okonkwo in 2001. Okonkwo later became chair of the Midland Grain Council.", "text/plain");
        assertTrue(relation(x, RelationshipType.POSITION, "Walter Okonkwo", "Midland Grain Council").isPresent());
        assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("Okonkwo")));
    }
}
