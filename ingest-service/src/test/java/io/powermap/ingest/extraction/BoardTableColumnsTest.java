package io.powermap.ingest.extraction;

import static io.powermap.ingest.extraction.Fixtures.expectRelation;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import io.powermap.contract.RelationshipType;

/**
 * A board table's columns: a "Group" column sorts the board's own members ("Officers", "Co-opted") and names no
 * body, so each person holds a post at the subject; an "Employer" column says where the person works besides; a
 * "Committee" column names the body each member sits on. Invented names.
 */
class BoardTableColumnsTest {

    private static final String PAGE = "# Our board\n\n"
        + "The Larchfield Growers Cooperative is run by a board its members elect every two years. The Larchfield "
        + "Growers Cooperative was set up in 1988.\n\n"
        + "| Group | Office | Name | Employer |\n|---|---|---|---|\n"
        + "| Officers | Chair | Teodora Hallvik | Agronomist, Wrenford Seed Institute |\n"
        + "| Officers | Treasurer | Bastian Olurin-Keele | Partner, Mossgate Audit Partners |\n"
        + "| Co-opted | Adviser | Ilse Varnaby | Lecturer, Dunmere Agricultural College |\n\n"
        + "## Committees\n\n"
        + "| Committee | Role | Member |\n|---|---|---|\n"
        + "| Seed Policy Committee | Chair | Bastian Olurin-Keele |\n"
        + "| Seed Policy Committee | Member | Ilse Varnaby |\n";

    @Test
    void shouldReadGroupEmployerAndCommitteeColumns() throws Exception {
        Extraction x = Fixtures.extract(PAGE, "text/markdown");
        expectRelation(x, RelationshipType.POSITION, "Teodora Hallvik", "Larchfield Growers Cooperative");
        expectRelation(x, RelationshipType.POSITION, "Ilse Varnaby", "Larchfield Growers Cooperative");
        expectRelation(x, RelationshipType.POSITION, "Bastian Olurin-Keele", "Mossgate Audit Partners");
        expectRelation(x, RelationshipType.POSITION, "Ilse Varnaby", "Seed Policy Committee");
        assertFalse(Fixtures.entityNamed(x, "Officers").isPresent(), x.entities().toString());
    }
}
