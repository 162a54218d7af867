package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.RelationshipType;

/**
 * A form that gives its body's name in a "Name:" field may give another name in a field of its own ("Short name:",
 * "Acronym:", "Also known as:"): that value is an alias of the same body, even when its letters are not the name's
 * initials, so what the text later says of the short form is said of the body. Every name here is invented.
 */
class OtherNameFieldsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Short name|KWAT",
        "Acronym|KWAT",
        "Also known as|Kestrel Watch",
    })
    void shouldTakeTheOtherNameAsTheBodysAlias(String label, String other) throws Exception {
        Extraction x = Fixtures.extract("""
            Member record, wetlands desk

            Name:             Kestrel Valley Association for Wetland Protection
            %s:       %s
            Founded:          2003, Dunmore
            Board chair:      Ilse Marchetti-Brandt (since 2019)

            In 2024 Anna Fennimore-Quist joined %s as head of research. In 2025 %s lobbied the regional assembly \
            for the Peatland Restoration Act.
            """.formatted(label, other, other, other), "text/plain");
        String subject = x.entities().stream().filter(e -> e.id().equals(x.subjectId())).findFirst().orElseThrow().name();
        assertEquals("Kestrel Valley Association for Wetland Protection", subject);
        assertTrue(Fixtures.entityNamed(x, other).orElseThrow().name().equals(subject), x.entities().toString());
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Anna Fennimore-Quist", "Kestrel Valley Association for Wetland Protection");
    }
}
