package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * Laws of other countries translated kind first ("Law on ...", "Act on ...", "Constitutional Law on
 * ..."): the whole title is one law, whatever small words ("and", "to", "of", "the") run inside it,
 * and the stance on it is read. Every sentence is invented for this test.
 */
class TranslatedLawTitlesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "The Steppe Rights Centre fought the Law on Public Gatherings from its first reading.|Law on Public Gatherings|OPPOSES",
        "The Steppe Rights Centre has supported the Constitutional Law on the Ombudsman since 2020.|Constitutional Law on the Ombudsman|SUPPORTS",
        "The Steppe Rights Centre opposes the Act on Registration and Reporting of Foreign Grants.|Act on Registration and Reporting of Foreign Grants|OPPOSES",
        "The Steppe Rights Centre backs the new Federal Law on Access to Court Records and Archives.|Federal Law on Access to Court Records and Archives|SUPPORTS",
        "The Steppe Rights Centre opposes the Decree on the Prevention of Unrest Related to Elections of Local Councils.|Decree on the Prevention of Unrest Related to Elections of Local Councils|OPPOSES",
        "The Steppe Rights Centre opposed the Law of Ukraine on Public Associations in 2021.|Law of Ukraine on Public Associations|OPPOSES",
        "The Steppe Rights Centre fought the Law on Amendments to the Law on Public Broadcasting.|Law on Amendments to the Law on Public Broadcasting|OPPOSES",
    })
    void shouldReadTheWholeTitleAndTheStance(String sentence, String law, RelationshipType stance) throws Exception {
        Extraction x = Fixtures.extract(sentence, "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.LEGISLATION, law).isPresent(), "no law " + law + " among " + x.entities());
        Fixtures.expectRelation(x, stance, "Steppe Rights Centre", law);
    }

    @org.junit.jupiter.api.Test
    void shouldEndTheTitleBeforeABodyOrAPlaceAfterIt() throws Exception {
        Extraction x = Fixtures.extract("The Steppe Rights Centre challenged the Law on Foreign Agents with the Birch Legal Centre "
            + "in court, and criticised the Law on Access to Court Records in Georgia.", "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.LEGISLATION, "Law on Foreign Agents").isPresent(), x.entities().toString());
        assertTrue(Fixtures.entity(x, EntityType.LEGISLATION, "Law on Access to Court Records").isPresent(), x.entities().toString());
    }
}
