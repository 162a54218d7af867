package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.powermap.contract.RelationshipType;

/**
 * A plain-text record drawn inside a frame of box-drawing characters is read as the same record without the frame:
 * each "│ Label: value" line is a field of a form, and the frame's borders hold no text of the record. Single,
 * double, heavy and rounded frames, with and without a right-hand side. Every name here is invented.
 */
class BoxFramedRecordsTest {

    private static final String FIELDS = """
        Name:              Lowland Water Users Cooperative
        Founded:           1998, Tarnowo
        Founders:          Edyta Wrzos-Kamińska; Jan Pilch-Borowy
        Executive director: Iwona Sadek-Lis (since 2020)
        Board chair:       Marek Olender (since 2017)
        """;

    private static String framed(String topLeft, String side, String bottomLeft, String horizontal, boolean rightSide) {
        StringBuilder b = new StringBuilder(topLeft + horizontal.repeat(2) + " MEMBER FILE " + horizontal.repeat(30) + "\n");
        for (String line : FIELDS.strip().split("\n")) {
            b.append(side).append(' ').append(line);
            if (rightSide) {
                b.append(" ".repeat(Math.max(1, 50 - line.length()))).append(side);
            }
            b.append('\n');
        }
        b.append(bottomLeft).append(horizontal.repeat(45)).append("\n\n");
        b.append("Notes. The cooperative manages two pumping stations and trains farmers in drip irrigation.\n");
        return b.toString();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"single", "double", "heavy", "rounded-open"})
    void shouldReadAFramedRecordAsAForm(String style) throws Exception {
        String text = switch (style) {
            case "single" -> framed("\u250C", "\u2502", "\u2514", "\u2500", true);
            case "double" -> framed("\u2554", "\u2551", "\u255A", "\u2550", true);
            case "heavy" -> framed("\u250F", "\u2503", "\u2517", "\u2501", true);
            default -> framed("\u256D", "\u2502", "\u2570", "\u2500", false);
        };
        Extraction x = Fixtures.extract(text, "text/plain");
        String subject = x.entities().stream().filter(e -> e.id().equals(x.subjectId())).findFirst().orElseThrow().name();
        assertEquals("Lowland Water Users Cooperative", subject);
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Edyta Wrzos-Kamińska", "Lowland Water Users Cooperative");
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Jan Pilch-Borowy", "Lowland Water Users Cooperative");
        assertEquals("2020", Fixtures.expectRelation(x, RelationshipType.POSITION, "Iwona Sadek-Lis",
            "Lowland Water Users Cooperative").start());
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Marek Olender", "Lowland Water Users Cooperative");
    }
}
