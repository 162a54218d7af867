package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import io.powermap.contract.RelationshipType;

/**
 * A record exported as a settings file (bracketed sections, "key_name = value", a remark after a semicolon, a value
 * carried on by indented lines) is read as a form: each key a field, its remark the field's bracket. A few stray
 * "a = b" lines in prose change nothing. Every name and sentence here is invented.
 */
class KeyValueRecordsTest {

    private static final String RECORD = """
        ; dump of the county volunteer registry, entry 318

        [body]
        name         = Brackenfold Water Watch
        founded      = 2003

        [people]
        founders     = Ottoline Rathby, Benedikt Sørland
                       ; both still sit on the council
        coordinator  = Philippa Wrenhurst-Dale   ; since 2017
        treasurer    = Benedikt Sørland          ; since 2003

        [links]
        member_of    = Upland Rivers Federation   ; since 2008
        """;

    @Test
    void shouldReadEachKeyAsAField() throws Exception {
        Extraction x = Fixtures.extract(RECORD, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Ottoline Rathby", "Brackenfold Water Watch");
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Benedikt Sørland", "Brackenfold Water Watch");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Philippa Wrenhurst-Dale", "Brackenfold Water Watch");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Benedikt Sørland", "Brackenfold Water Watch");
    }

    @Test
    void shouldLeaveProseWithAnEqualsSignAlone() throws Exception {
        Extraction x = Fixtures.extract("""
            Brackenfold Water Watch samples the becks every month.

            Its coordinator, Philippa Wrenhurst-Dale, says the ratio = nitrate over phosphate.
            """, "text/plain");
        assertFalse(Fixtures.relation(x, RelationshipType.POSITION, "Philippa Wrenhurst-Dale", "Ratio").isPresent());
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Philippa Wrenhurst-Dale", "Brackenfold Water Watch");
    }
}
