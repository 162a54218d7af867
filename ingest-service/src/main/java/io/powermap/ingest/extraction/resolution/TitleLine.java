package io.powermap.ingest.extraction.resolution;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.powermap.contract.NameKeys;
import io.powermap.ingest.extraction.layout.BlockKind;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.lexicon.Gazetteer;
import io.powermap.ingest.extraction.mentions.Mention;

/**
 * A document's first line is a name only when the body confirms it. A headline ("Dockworkers Union
 * Settles Pension Dispute") or a generic label ("Grant Notes") yields capitalised words that name
 * nothing; their mentions are dropped so that neither an entity nor the document's subject comes
 * from them. A title names an entity when the body names it again (by the same name or by its
 * initials), or when the whole line is one name ending in an organization keyword.
 */
public final class TitleLine {

    private final Gazetteer g;

    public TitleLine(Gazetteer g) {
        this.g = g;
    }

    public void dropUnconfirmedNames(List<SentenceView> views) {
        Set<String> bodyKeys = new HashSet<>();
        for (SentenceView v : views) {
            if (v.sentence.kind() == BlockKind.TITLE) {
                continue;
            }
            for (Mention m : v.mentions) {
                bodyKeys.add(NameKeys.of(m.name));
                if (m.alternateName != null) {
                    bodyKeys.add(NameKeys.of(m.alternateName));
                }
            }
        }
        for (SentenceView v : views) {
            if (v.sentence.kind() == BlockKind.TITLE) {
                v.mentions.removeIf(m -> !confirmed(m, v, bodyKeys));
            }
        }
    }

    private boolean confirmed(Mention m, SentenceView title, Set<String> bodyKeys) {
        if (bodyKeys.contains(NameKeys.of(m.name))) {
            return true;
        }
        String initials = EntityResolver.initials(m.name);
        if (initials.length() >= 2 && bodyKeys.contains(NameKeys.of(initials))) {
            return true;
        }
        return wholeLineIsOrganizationName(m, title);
    }

    private boolean wholeLineIsOrganizationName(Mention m, SentenceView title) {
        List<Token> t = title.tokens;
        int end = m.tokEnd;
        if (end < t.size() && t.get(end).is("(") && t.get(t.size() - 1).is(")")) {
            end = t.size(); // "Harbor Renters Alliance (HRA)", "Harbor Renters Alliance (est. 1999)"
        }
        int start = m.tokStart;
        if (start == 1 && t.get(0).lower().equals("the")) {
            start = 0;
        }
        return start == 0 && end >= t.size() - 1 && g.orgKeywords.contains(t.get(m.tokEnd - 1).text());
    }
}
