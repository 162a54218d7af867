package io.powermap.ingest.extraction.mentions.learned;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.powermap.ingest.extraction.lexicon.Gazetteer;
import io.powermap.ingest.extraction.mentions.Mention;
import io.powermap.ingest.extraction.relations.learned.PairFeatures;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.text.Token;

/**
 * The features of a name no rule typed, as strings a maximum-entropy model reads: its shape (words,
 * capitals, digits, connectors such as "de" or "of"), the endings of its words ("-ción", "-verket",
 * "-ung"), which word lists its words are on, and the words and cue lexicons around its first
 * mentions. The name's own words are never features: endings and lists generalise, names do not.
 * Thread-safe.
 */
public final class TypeFeatures {

    /** Mentions read for context; the rest add nothing a reader would not see in these. */
    private static final int MENTIONS = 6;

    private final Gazetteer g;

    public TypeFeatures(Gazetteer g) {
        this.g = g;
    }

    public List<String> of(EntityDraft d, List<SentenceView> views) {
        List<String> f = new ArrayList<>(64);
        String name = d.name;
        String[] words = name.split(" ");
        f.add("words=" + Math.min(words.length, 6));
        if (words.length == 1) {
            f.add(isAcronym(name) ? "acronym" : "oneWord");
        }
        if (name.chars().anyMatch(Character::isDigit)) {
            f.add("digit");
        }
        if (name.indexOf('-') >= 0) {
            f.add("hyphen");
        }
        if (name.indexOf('\'') >= 0 || name.indexOf('’') >= 0) {
            f.add("apostrophe");
        }
        if (!d.aliases.isEmpty() && d.aliases.stream().anyMatch(a -> !a.equals(name))) {
            f.add("alias");
        }
        boolean plain = true;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) {
                continue;
            }
            String pos = i == 0 ? "first" : i == words.length - 1 ? "last" : "mid";
            if (Character.isLowerCase(w.charAt(0))) {
                f.add("lower=" + (w.length() <= 4 ? w : "long")); // connectors: "de", "of", "für"; or a name set in lower case
                plain = false;
                continue;
            }
            String lw = w.toLowerCase(Locale.ROOT);
            if (lw.length() > 4) {
                f.add(pos + "3=" + lw.substring(lw.length() - 3));
                f.add("suf4=" + lw.substring(lw.length() - 4));
            }
            if (g.firstNames.contains(w)) {
                f.add(pos + "FirstName");
            }
            if (g.orgKeywords.contains(w)) {
                f.add(pos + "OrgKeyword");
                plain = false;
            }
            if (g.legislationKeywords.contains(w)) {
                f.add(pos + "LawKeyword");
                plain = false;
            }
            if (g.campaignKeywords.contains(lw)) {
                f.add(pos + "CampaignKeyword");
                plain = false;
            }
            if (g.roles.contains(lw)) {
                f.add(pos + "Role");
            }
            if (g.places.contains(lw) || g.countries.contains(w)) {
                f.add(pos + "Place");
            }
            if (w.length() > 1 && w.chars().allMatch(c -> !Character.isLowerCase(c))) {
                f.add(pos + "Caps");
            }
        }
        if (plain) {
            f.add("plain=" + Math.min(words.length, 5)); // capitalised words and no kind word: a person's shape, or a brand
        }
        String last = words[words.length - 1];
        if (words.length > 1 && d.aliases.contains(last)) {
            f.add("lastAlone"); // "Moreno Tzab ... Tzab said": the last word stands alone as a surname does
        }
        f.add("mentions=" + Math.min(d.mentions.size(), 4));
        int read = 0;
        for (Mention m : d.mentions) {
            if (read++ == MENTIONS || m.sentence < 0 || m.sentence >= views.size()) {
                break;
            }
            SentenceView v = views.get(m.sentence);
            List<Token> t = v.tokens;
            f.add("kind=" + v.sentence.kind());
            if (m.tokStart == 0) {
                f.add("opens");
            }
            if (m.tokEnd >= t.size() || t.get(m.tokEnd).is(".") && m.tokEnd == t.size() - 1) {
                f.add("closes");
            }
            context(f, "p1=", t, m.tokStart - 1);
            context(f, "p2=", t, m.tokStart - 2);
            context(f, "n1=", t, m.tokEnd);
            context(f, "n2=", t, m.tokEnd + 1);
            if (m.tokEnd + 1 < t.size() && t.get(m.tokEnd).is(",") && g.roles.contains(t.get(m.tokEnd + 1).lower())) {
                f.add("commaRole");
            }
            if (m.tokStart > 0 && g.personTitles.contains(t.get(m.tokStart - 1).text())) {
                f.add("title");
            }
            for (Mention o : v.mentions) {
                if (o != m && o.type != null && (o.tokEnd == m.tokStart - 1 || o.tokStart == m.tokEnd + 1)) {
                    f.add("listedWith=" + o.type); // "A, B and C": a name listed beside typed ones is of their kind
                }
            }
        }
        return f;
    }

    private void context(List<String> f, String prefix, List<Token> t, int k) {
        if (k < 0 || k >= t.size()) {
            f.add(prefix + "<edge>");
            return;
        }
        Token tok = t.get(k);
        if (tok.isNumber()) {
            f.add(prefix + "<num>");
            return;
        }
        if (tok.isCapitalized()) {
            // a capitalised word beside the name is another name or a title; its word is not a feature
            f.add(prefix + (g.roles.contains(tok.lower()) ? "<role>" : g.personTitles.contains(tok.text()) ? "<title>" : "<Cap>"));
            return;
        }
        String w = tok.lower();
        f.add(prefix + w);
        for (String lex : PairFeatures.lexiconsOf(w)) {
            f.add(prefix + "cue=" + lex);
        }
        if (g.roles.contains(w)) {
            f.add(prefix + "<role>");
        }
    }

    private static boolean isAcronym(String name) {
        int upper = 0;
        for (int i = 0; i < name.length(); i++) {
            if (Character.isLowerCase(name.charAt(i))) {
                return false;
            }
            upper += Character.isUpperCase(name.charAt(i)) ? 1 : 0;
        }
        return upper >= 2;
    }
}
