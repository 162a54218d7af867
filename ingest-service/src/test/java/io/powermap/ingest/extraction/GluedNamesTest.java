package io.powermap.ingest.extraction;

import static io.powermap.ingest.extraction.Fixtures.entity;
import static io.powermap.ingest.extraction.Fixtures.entityNamed;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;

/**
 * Two bodies written side by side with "and" or "for the" between them are two names when the
 * document names either one on its own; a name whose own words hold "and" or "for" stays whole.
 * Every sentence is invented for this test.
 */
class GluedNamesTest {

    private static Extraction plain(String text) throws DocumentRejectedException {
        return Fixtures.extract(text, "text/plain");
    }

    private static void expectOrganization(Extraction x, String name) {
        assertTrue(entity(x, EntityType.ORGANIZATION, name).isPresent(), "no organization " + name + " among "
            + x.entities().stream().map(e -> e.type() + ":" + e.name()).toList());
    }

    @Test
    void shouldSplitTwoBodiesJoinedByAndWhenOneIsNamedAlone() throws Exception {
        Extraction x = plain("The Riverside Clinic Network was founded in 2012. "
            + "Grants came from Kestrel Philanthropies and Stichting Open Water Fonds in 2023. "
            + "Kestrel Philanthropies renewed its grant in 2025.");
        expectOrganization(x, "Kestrel Philanthropies");
        expectOrganization(x, "Stichting Open Water Fonds");
    }

    @Test
    void shouldSplitABodyFromThePartyItSitsForWhenThePartyIsNamedAlone() throws Exception {
        Extraction x = plain("The Riverside Clinic Network was founded in 2012. Its chair, Henrike Sollmann, "
            + "joined the Green Union party in 2010. She has sat in the Landesrat for the Green Union since 2019.");
        expectOrganization(x, "Landesrat");
        expectOrganization(x, "Green Union");
    }

    @Test
    void shouldKeepANameWhoseOwnWordsHoldAndOrFor() throws Exception {
        Extraction x = plain("The Centre for Housing and Tenant Rights was founded in 1998 in Leeds. "
            + "Tenant Rights Watch often cites its reports. In 2020 the centre joined Doctors for Clean Air, a coalition; "
            + "Clean Air is also the name of its newsletter.");
        assertTrue(entityNamed(x, "Centre for Housing and Tenant Rights").isPresent(), "kept whole: " + x.entities());
        assertTrue(entityNamed(x, "Doctors for Clean Air").isPresent(), "kept whole: " + x.entities());
    }

    @Test
    void shouldKeepAFullNameWhoseShortFormIsWrittenLater() throws Exception {
        Extraction x = plain("The Moorside Law Centre is a legal charity in Hull. In 2021 it received a grant from the "
            + "London School of Economics and Political Science. The London School of Economics renewed the grant in 2023.");
        assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("Political Science")), "no half name: " + x.entities());
    }
}
