package io.powermap.ingest.extraction;

import static io.powermap.ingest.extraction.Fixtures.relation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.relations.learned.PairJudge;
import io.powermap.ingest.extraction.relations.learned.PairModel;
import io.powermap.ingest.extraction.relations.learned.PairVerdict;

/**
 * The learned rule: the shipped pair model states what no hand-written rule reads, and the rule
 * around any judge keeps its verdicts to ends of the right types, away from denials, from pairs
 * the rules already tied in that sentence and from support and opposition it cannot tell apart.
 */
class LearnedPairsTest {

    private static final String OPENING = "The Tidewater Literacy Project is a reading charity. ";
    private static final String PROJECT = "Tidewater Literacy Project";

    private static Extraction read(PairJudge judge, String text) throws DocumentRejectedException {
        return new DocumentExtractor(1_000_000, judge).extract((OPENING + text).getBytes(StandardCharsets.UTF_8), "text/plain", "test://pairs");
    }

    /** A judge that reads the same verdicts in every pair, the earlier name as source. */
    private static PairJudge always(PairVerdict... verdicts) {
        return new PairJudge() {
            @Override
            public List<PairVerdict> judge(io.powermap.ingest.extraction.relations.learned.PairCandidate candidate) {
                return List.of(verdicts);
            }

            @Override
            public double addAt() {
                return 0.25;
            }
        };
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Among its backers is the Kestrel Family Fund, which wired it EUR 40,000 in 2023.|Kestrel Family Fund|40000|EUR",
        "Among its patrons is the Harbour Guild of Printers, which sent it GBP 12,000 last spring.|Harbour Guild of Printers|12000|GBP",
    })
    void shouldReadAFunderNoRuleReadsWithTheSentencesAmount(String sentence, String funder, String amount, String currency)
        throws Exception {
        assertTrue(relation(read(PairJudge.NONE, sentence), RelationshipType.FUNDING, funder, PROJECT).isEmpty(),
            "the rules alone read this funder; the test no longer shows the learned rule");
        Extraction x = read(PairModel.shipped(), sentence);
        ExtractedRelationship r = Fixtures.expectRelation(x, RelationshipType.FUNDING, funder, PROJECT);
        assertEquals(0, new BigDecimal(amount).compareTo(r.amount()), r.toString());
        assertEquals(currency, r.currency());
        assertEquals(1, r.evidence().size());
        assertTrue(x.text().substring(r.evidence().get(0).start(), r.evidence().get(0).end()).contains(funder));
    }

    @Test
    void shouldDropAVerdictWhoseEndsDoNotFitItsType() throws Exception {
        Extraction x = read(always(new PairVerdict(RelationshipType.FAMILY, true, 0.9)),
            "The Lien Trust handed the Tidewater Literacy Project a new reading room.");
        assertTrue(x.relationships().stream().noneMatch(r -> r.type() == RelationshipType.FAMILY), x.relationships().toString());
    }

    @Test
    void shouldStateNothingTheSentenceDenies() throws Exception {
        Extraction x = read(always(new PairVerdict(RelationshipType.FUNDING, true, 0.9)),
            "The Lien Trust has never given money to the Tidewater Literacy Project.");
        assertTrue(relation(x, RelationshipType.FUNDING, "Lien Trust", PROJECT).isEmpty(), x.relationships().toString());
    }

    @Test
    void shouldStateTheVerdictOfAPlainSentence() throws Exception {
        Extraction x = read(always(new PairVerdict(RelationshipType.FUNDING, true, 0.9)),
            "The Lien Trust handed the Tidewater Literacy Project a new reading room.");
        assertTrue(relation(x, RelationshipType.FUNDING, "Lien Trust", PROJECT).isPresent(), x.relationships().toString());
    }

    @Test
    void shouldStateNoStanceWhenSupportAndOppositionAreCloseAndTheLikelierWhenNot() throws Exception {
        String sentence = "The Tidewater Literacy Project wrote at length about the Library Closures Act.";
        Extraction close = read(always(new PairVerdict(RelationshipType.SUPPORTS, true, 0.5),
            new PairVerdict(RelationshipType.OPPOSES, true, 0.4)), sentence);
        assertTrue(relation(close, RelationshipType.SUPPORTS, PROJECT, "Library Closures Act").isEmpty(), close.relationships().toString());
        assertTrue(relation(close, RelationshipType.OPPOSES, PROJECT, "Library Closures Act").isEmpty(), close.relationships().toString());
        Extraction clear = read(always(new PairVerdict(RelationshipType.OPPOSES, true, 0.8),
            new PairVerdict(RelationshipType.SUPPORTS, true, 0.3)), sentence);
        assertTrue(relation(clear, RelationshipType.OPPOSES, PROJECT, "Library Closures Act").isPresent(), clear.relationships().toString());
        assertTrue(relation(clear, RelationshipType.SUPPORTS, PROJECT, "Library Closures Act").isEmpty(), clear.relationships().toString());
    }

    @Test
    void shouldLeaveAPairTheRulesTiedInThatSentenceToTheRules() throws Exception {
        Extraction x = read(always(new PairVerdict(RelationshipType.FOUNDED, true, 0.9)),
            "Ingrid Solberg has run the Tidewater Literacy Project as director since 2015.");
        assertTrue(relation(x, RelationshipType.POSITION, "Ingrid Solberg", PROJECT).isPresent(), x.relationships().toString());
        assertTrue(relation(x, RelationshipType.FOUNDED, "Ingrid Solberg", PROJECT).isEmpty(), x.relationships().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Rafaela Quist waved from the back row during the autumn fair.",
        "Rafaela Quist, a retired ferry pilot, cut the ribbon when the Tidewater Literacy Project opened its fair.",
    })
    void shouldStateNoUntitledPostForAPasserBy(String sentence) throws Exception {
        Extraction x = read(always(new PairVerdict(RelationshipType.POSITION, true, 0.9)), sentence);
        assertTrue(relation(x, RelationshipType.POSITION, "Rafaela Quist", PROJECT).isEmpty(), x.relationships().toString());
    }

    @Test
    void shouldGiveTheJudgesPostTheTitleNearThePerson() throws Exception {
        PairJudge surePost = always(new PairVerdict(RelationshipType.POSITION, true, 0.9));
        Extraction titled = read(surePost, "Rafaela Quist, treasurer, waved from the back row when the Tidewater Literacy Project opened its fair.");
        assertEquals("treasurer", Fixtures.expectRelation(titled, RelationshipType.POSITION, "Rafaela Quist", PROJECT).role());
    }

    @Test
    void shouldStateAnUnsureFundingOnlyWhenTheSentenceSpeaksOfMoney() throws Exception {
        PairJudge unsure = always(new PairVerdict(RelationshipType.FUNDING, true, 0.3));
        Extraction talk = read(unsure, "The Lien Trust chatted with the Tidewater Literacy Project about autumn plans.");
        assertTrue(relation(talk, RelationshipType.FUNDING, "Lien Trust", PROJECT).isEmpty(), talk.relationships().toString());
        Extraction amount = read(unsure, "The Lien Trust and the Tidewater Literacy Project shared a stall; GBP 800 changed hands.");
        assertTrue(relation(amount, RelationshipType.FUNDING, "Lien Trust", PROJECT).isPresent(), amount.relationships().toString());
    }

    @Test
    void shouldNotLetTheJudgePayAGrantMakerTheDocumentIsAbout() throws Exception {
        String text = "The Marram Foundation makes grants to reading groups.\n\nThe Lien Trust and the Marram Foundation met twice in May.";
        Extraction x = new DocumentExtractor(1_000_000, always(new PairVerdict(RelationshipType.FUNDING, true, 0.9)))
            .extract(text.getBytes(StandardCharsets.UTF_8), "text/plain", "test://pairs");
        assertTrue(relation(x, RelationshipType.FUNDING, "Lien Trust", "Marram Foundation").isEmpty(), x.relationships().toString());
    }

    @Test
    void shouldReadVerdictLabelsBothWaysAndIgnoreUnknownOnes() {
        PairVerdict v = new PairVerdict(RelationshipType.MEMBERSHIP, false, 0.7);
        assertEquals("MEMBERSHIP<", v.label());
        assertEquals(v, PairVerdict.ofLabel("MEMBERSHIP<", 0.7));
        assertNull(PairVerdict.ofLabel(PairJudge.NONE_LABEL, 0.9));
        assertNull(PairVerdict.ofLabel("SPONSORSHIP>", 0.9), "a label of a newer model is skipped, not a failure");
    }
}
