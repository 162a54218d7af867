package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * Public institutions that Romance languages name in sentence case ("Assemblée nationale", "Cour des comptes",
 * "Tribunal administratif de X") are one body each, with the lower-case qualifier inside the name. Every text is
 * invented here.
 */
class SentenceCaseInstitutionsTest {

    @Test
    void shouldKeepTheLowerCaseQualifierInTheName() throws Exception {
        Extraction x = Fixtures.extract("The Collectif Rural de Veille (CRV) watches public spending in the south. "
            + "Its treasurer, Odile Kamsa-Brey, spent six years as a clerk at the Cour des comptes. "
            + "Her cousin, Lamine Ferry-Obou, was elected in 2021 and is a member of the Assemblée nationale. "
            + "In March the Tribunal administratif de Korhala heard the collective's complaint.", "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, "Cour des comptes").isPresent(),
            Fixtures.names(x, EntityType.ORGANIZATION).toString());
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, "Tribunal administratif de Korhala").isPresent(),
            Fixtures.names(x, EntityType.ORGANIZATION).toString());
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Lamine Ferry-Obou", "Assemblée nationale");
    }
}
