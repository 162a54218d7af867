package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * A header field that says what a file is about ("Subject:", "Subject file:") names the document's subject, above a
 * first line that names the show, desk or firm that wrote it; a mail's "Subject: RE: ..." names nobody.
 */
class SubjectFieldHeaderTest {

    @Test
    void shouldTakeTheBodyNamedInASubjectFieldForTheSubject() throws Exception {
        Extraction x = Fixtures.extract("""
            HARBOUR LINES · Tidemark Analytics' podcast on coastal institutions
            Episode 12 · "Where does the money come from?"
            Subject file: Quayside Institute for Marine Policy, Valparaíso

            [00:00:05] HOST: Welcome back to Harbour Lines. Today's guest runs the Quayside Institute.
            [00:00:20] GUEST: The institute was set up in 2011, and the Corral Bay Foundation paid our rent until 2015.
            """, "text/plain");
        assertEquals("Quayside Institute for Marine Policy", x.entities().stream()
            .filter(e -> e.id().equals(x.subjectId())).findFirst().orElseThrow().name(), x.entities().toString());
    }

    @Test
    void shouldNotTakeAReplysSubjectLineForAName() throws Exception {
        Extraction x = Fixtures.extract("""
            From: Ilse Marquardt
            Subject: RE: Quarterly Figures

            Thanks. The Corral Bay Foundation has paid the Quayside Institute for Marine Policy's rent since 2011.
            """, "text/plain");
        assertFalse(x.entities().stream().anyMatch(e -> e.name().contains("Quarterly Figures")), x.entities().toString());
    }
}
