package io.powermap.ingest.extraction.resolution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.ingest.extraction.lexicon.Gazetteer;
import io.powermap.ingest.extraction.mentions.Mention;
import io.powermap.ingest.extraction.mentions.NameChunker;
import io.powermap.ingest.extraction.text.Token;

/**
 * Two names the chunker read as one because a connector sat between them: "Tallinn Legal Clinic and
 * Baltic Press Union", "a seat in the Landtag for the Greens". The document decides: when either side
 * is named on its own in another sentence, the two sides are two names. A name whose own words hold
 * the connector ("Centre for Law and Democracy") is not named that way elsewhere, so it stays whole.
 */
public final class GluedNames {

    private final NameChunker chunker;
    private final Gazetteer g;

    public GluedNames(NameChunker chunker, Gazetteer g) {
        this.chunker = chunker;
        this.g = g;
    }

    /** Splits, in place, every mention of {@code views} whose two sides around a connector are named apart elsewhere. */
    public void split(List<SentenceView> views, String title) {
        Map<String, EntityType> alone = new HashMap<>();
        Set<String> again = new HashSet<>();
        for (SentenceView v : views) {
            for (Mention m : v.mentions) {
                if (alone.containsKey(m.name)) {
                    again.add(m.name);
                }
                if (m.type != null || !alone.containsKey(m.name)) {
                    alone.put(m.name, m.type);
                }
            }
        }
        for (SentenceView v : views) {
            List<Mention> ms = v.mentions;
            for (int i = 0; i < ms.size(); i++) {
                Mention m = ms.get(i);
                if (again.contains(m.name) || title != null && title.contains(m.name) || acronymAfter(v.tokens, m)) {
                    continue; // a name written twice, titled or given its acronym is a name, not an accident of one sentence
                }
                Mention[] parts = parts(v.tokens, m, alone);
                if (parts != null) {
                    ms.set(i, parts[0]);
                    ms.add(i + 1, parts[1]);
                    i++;
                }
            }
        }
    }

    /** A party named on its own: no person, and a body by its type, its two or more words or its capitals. */
    private static boolean partyAlone(Map<String, EntityType> alone, String name, int words) {
        if (!alone.containsKey(name)) {
            return false;
        }
        EntityType type = alone.get(name);
        return type == EntityType.ORGANIZATION || type == null && (words >= 2 || EntityResolver.isAcronym(name));
    }

    private static boolean acronymAfter(List<Token> t, Mention m) {
        return m.tokEnd + 1 < t.size() && t.get(m.tokEnd).is("(") && t.get(m.tokEnd + 1).isAllCaps();
    }

    private Mention[] parts(List<Token> t, Mention m, Map<String, EntityType> alone) {
        for (int k = m.tokStart + 1; k < m.tokEnd - 1; k++) {
            Token c = t.get(k);
            boolean and = c.is("and") || c.is("&");
            // "for" joins a body to its party only when the body's name does not end in a kind word
            // ("Alliance for Justice"): "the Rada for Holos", "the Nationalrat for the Social Democrats"
            boolean forParty = c.is("for") && !g.orgKeywords.contains(t.get(k - 1).text())
                && !t.get(k - 1).text().endsWith("s");
            if (!and && !forParty) {
                continue;
            }
            int right = k + 1;
            if (t.get(right).lower().equals("the") && right + 1 < m.tokEnd) {
                right++;
            }
            if (!t.get(m.tokStart).isCapitalized() || !t.get(right).isCapitalized()) {
                continue;
            }
            String left = NameChunker.surface(t, m.tokStart, k);
            String rest = NameChunker.surface(t, right, m.tokEnd);
            // a side of one word must be named alone itself and be no first name: "Bill and Melinda
            // Gates Foundation" is one body; a party after "for" must be a body named elsewhere
            // ("Everytown for Gun Safety Action Fund" beside "Everytown" stays whole)
            boolean leftAlone = alone.containsKey(left);
            boolean restAlone = forParty ? partyAlone(alone, rest, m.tokEnd - right) : alone.containsKey(rest);
            // with "and", a side not named alone must show itself a body by a kind word: "London School of
            // Economics and Political Science" stays whole beside a later "London School of Economics"
            boolean andSides = !and || leftAlone && restAlone || leftAlone && chunker.hasKeyword(t, right, m.tokEnd)
                || restAlone && chunker.hasKeyword(t, m.tokStart, k);
            if (!(leftAlone && !forParty || restAlone) || !andSides
                || and && k - m.tokStart == 1 && (!leftAlone || g.firstNames.contains(left))
                || m.tokEnd - right == 1 && (!restAlone || g.firstNames.contains(rest))) {
                continue;
            }
            Mention a = chunker.span(m.sentence, t, m.tokStart, k);
            Mention b = chunker.span(m.sentence, t, right, m.tokEnd);
            if (a != null && b != null) {
                if (forParty && a.type == null) {
                    a.type = EntityType.ORGANIZATION; // what one sits in for a party is a body
                    a.strength = Mention.CONTEXT;
                }
                return new Mention[] {a, b};
            }
        }
        return null;
    }
}
