package io.powermap.ingest.extraction;

import static io.powermap.ingest.extraction.Fixtures.entity;
import static io.powermap.ingest.extraction.Fixtures.relation;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * Names of bodies in languages that capitalise only a name's first word, recognised where the text
 * describes them, and an English sentence of the same shape left alone. Every sentence is invented here.
 */
class SentenceCaseNamesTest {

    private static Extraction plain(String text) throws DocumentRejectedException {
        return Fixtures.extract(text, "text/plain");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Venner av skogen|the Bergen-based conservation group",
        "Amis de la forêt|a Lyon charity",
        "Vrienden van het bos|the Utrecht association",
        "Skogens vänner och stigar|the Swedish network",
    })
    void shouldReadADescribedSentenceCaseNameWhole(String name, String description) throws Exception {
        Extraction x = plain(name + ", " + description + " that plants oak trees, named Liva Haugen as its director in March. "
            + "The Tallinn Forest Fund has given " + name + " EUR 40,000 since 2021.");
        assertTrue(entity(x, EntityType.ORGANIZATION, name).isPresent(), "no organization " + name + " among " + x.entities());
        assertTrue(relation(x, RelationshipType.FUNDING, "Tallinn Forest Fund", name).isPresent(),
            "the second naming is the same body: " + x.relationships());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Harbor Trust joined Open Water, a coalition of sailing clubs, in 2020.|Harbor Trust joined Open Water",
        "Ford money reached Open Water, a coalition of sailing clubs, in 2020.|Ford money",
    })
    void shouldNotStretchAnEnglishNameOverTheWordsAfterIt(String sentence, String glued) throws Exception {
        Extraction x = plain(sentence);
        assertTrue(x.entities().stream().noneMatch(e -> e.name().equals(glued)), "no " + glued + ": " + x.entities());
    }

    @org.junit.jupiter.api.Test
    void shouldNotTakeAnEnglishNameAndItsVerbIntoAForeignNameAfterThem() throws Exception {
        Extraction x = plain("The Heron Trust funded Natur og Ungdom, the Norwegian youth movement, in 2023. "
            + "Natur og Ungdom campaigns against oil drilling.");
        assertTrue(entity(x, EntityType.ORGANIZATION, "Natur og Ungdom").isPresent(), x.entities().toString());
        assertTrue(relation(x, RelationshipType.FUNDING, "Heron Trust", "Natur og Ungdom").isPresent(), x.relationships().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Hlidaci voleb (Election Watchers) sends volunteers to polling stations.|Hlidaci voleb",
        "Otevřená radnice (Open Town Hall) publishes every vote of the council.|Otevřená radnice",
    })
    void shouldReadANameGivenWithItsEnglishGlossAsOneBody(String sentence, String local) throws Exception {
        Extraction x = plain("The Harbor Watch Centre runs two programmes. " + sentence);
        assertTrue(x.entities().stream().anyMatch(e -> e.name().equals(local) || e.aliases().contains(local)), x.entities().toString());
    }

    @org.junit.jupiter.api.Test
    void shouldNotReadEnglishWordsBeforeABracketAsAForeignName() throws Exception {
        Extraction x = plain("The Heron Trust donated generously (Annual Report 2024) to the Harbor Watch Centre.");
        assertTrue(x.entities().stream().noneMatch(e -> e.name().startsWith("Heron Trust donated")), x.entities().toString());
    }
}
