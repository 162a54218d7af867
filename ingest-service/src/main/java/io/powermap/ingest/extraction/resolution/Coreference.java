package io.powermap.ingest.extraction.resolution;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.lexicon.Gazetteer;
import io.powermap.ingest.extraction.lexicon.KindWords;
import io.powermap.ingest.extraction.lexicon.Words;
import io.powermap.ingest.extraction.mentions.Mention;
import io.powermap.ingest.extraction.mentions.NameChunker;

/**
 * Turns references into slots: "the group", "the organization" and "it" stand for the subject;
 * "the Center" or "the council" for the latest organization whose name has that word (else the
 * subject); "the program" for the latest campaign; "the bill" or "the law" for the latest legislation; "she", "he", "her", "his" for the last person
 * named.
 */
public final class Coreference {

    private static final Set<String> GENERIC = Words.of("group", "organization", "organisation", "nonprofit", "non-profit",
        "charity", "outfit");
    private static final Set<String> CAMPAIGN_NOUNS = Words.of("program", "programme", "project", "initiative", "campaign",
        "drive");
    private static final Set<String> PERSON_PRONOUNS = Words.of("she", "he", "her", "his", "him");
    /** Nouns that stand for a business: "the company", "the firm". */
    private static final Set<String> BUSINESS_NOUNS = Words.of("company", "firm");
    /** Words that make a name a business's: "Acme Holdings", "Vela Trading Company". */
    private static final Set<String> BUSINESS_WORDS = Words.of("Company", "Companies", "Corporation", "Holdings", "Industries",
        "Enterprises", "Group", "Bank", "Banco", "Banque", "Consulting", "Consultants", "Associates", "Partners", "Capital",
        "Ventures", "Investments", "Trading", "Pharmaceuticals", "Technologies", "Motors", "Airlines", "Insurance", "Energy");

    private final Gazetteer g;

    /** "group", "charity": a noun that stands for the document's subject, never for a name containing it. */
    static boolean isGenericNoun(String lowerWord) {
        return GENERIC.contains(lowerWord);
    }

    public Coreference(Gazetteer g) {
        this.g = g;
    }

    public void link(List<SentenceView> views, EntityDraft subject) {
        EntityDraft lastPerson = null;
        EntityDraft lastSubject = null;
        EntityDraft lastOrgSubject = null;
        Deque<EntityDraft> recentOrgs = new ArrayDeque<>();
        EntityDraft lastCampaign = null;
        EntityDraft lastLegislation = null;
        int legislationSentence = -10;
        int sentence = -1;
        for (SentenceView v : views) {
            sentence++;
            List<Token> t = v.tokens;
            int mi = 0;
            for (int i = 0; i < t.size(); i++) {
                while (mi < v.mentions.size() && v.mentions.get(mi).tokStart <= i) {
                    Mention m = v.mentions.get(mi++);
                    if (m.entity == null) {
                        continue;
                    }
                    EntityDraft d = m.entity.root();
                    v.slots.add(new SentenceView.Slot(m.tokStart, m.tokEnd, d, false));
                    if (d.type == EntityType.PERSON) {
                        lastPerson = d;
                    } else if (d.type == EntityType.CAMPAIGN) {
                        lastCampaign = d;
                    } else if (d.type == EntityType.LEGISLATION) {
                        lastLegislation = d;
                        legislationSentence = sentence;
                    } else if (d.type == EntityType.ORGANIZATION) {
                        recentOrgs.remove(d);
                        recentOrgs.push(d);
                        if (recentOrgs.size() > 6) {
                            recentOrgs.removeLast();
                        }
                    }
                }
                if (inMention(v, i)) {
                    continue;
                }
                Token tok = t.get(i);
                String w = tok.lower();
                if (PERSON_PRONOUNS.contains(w) && lastPerson != null) {
                    // a sentence opening with "He" or "His" most often continues with the previous sentence's subject
                    EntityDraft who = i <= 1 && lastSubject != null ? lastSubject : antecedent(v, i, lastPerson);
                    v.slots.add(new SentenceView.Slot(i, i + 1, who, true));
                    continue;
                }
                if (w.equals("it") && lastLegislation != null && sentence - legislationSentence <= 1 && afterStance(t, i)) {
                    // "The union fought it": a stance taken right after a law was named is taken on that law
                    v.slots.add(new SentenceView.Slot(i, i + 1, lastLegislation, true));
                    continue;
                }
                if ((w.equals("it") || w.equals("its")) && subject != null && !isExpletive(t, i)) {
                    // "Its chairman, ..." opening a sentence continues with the body the previous sentence opened with
                    EntityDraft which = i == 0 && lastOrgSubject != null ? lastOrgSubject : subject;
                    v.slots.add(new SentenceView.Slot(i, i + 1, which, true));
                    continue;
                }
                if (!w.equals("the") || i + 1 >= t.size()) {
                    continue;
                }
                if (inMention(v, i + 1)) {
                    continue; // "the Center for Harbor Studies": the article of a name
                }
                Token noun = t.get(i + 1);
                String n = noun.lower();
                if (i + 2 < t.size() && t.get(i + 2).isWord() && t.get(i + 2).isCapitalized() && noun.isCapitalized()) {
                    continue; // "the Center for X" is a name, not a reference
                }
                EntityDraft target = null;
                if (n.equals("think") && i + 2 < t.size() && t.get(i + 2).lower().equals("tank") && subject != null) {
                    v.slots.add(new SentenceView.Slot(i, i + 3, subject, true));
                    i += 2;
                    continue;
                }
                if (GENERIC.contains(n)) {
                    target = subject;
                } else if (CAMPAIGN_NOUNS.contains(n) && !noun.isCapitalized()) {
                    // "the project" in a profile of the Coastal Justice Project is the subject unless a campaign was named since
                    target = lastCampaign == null && subject != null && subject.type == EntityType.ORGANIZATION
                        && hasWord(subject, capitalize(n)) ? subject : lastCampaign;
                    if (target != null && subject != null && subject.type == EntityType.ORGANIZATION && i + 3 < t.size()
                        && t.get(i + 2).is("'s") && g.roles.contains(t.get(i + 3).lower())) {
                        target = subject; // "the programme's coordinator" holds a post at the body that runs it
                    }
                } else if (Cues.LEGISLATION_NOUNS.contains(n) && !noun.isCapitalized()) {
                    target = lastLegislation;
                    legislationSentence = sentence;
                } else if (BUSINESS_NOUNS.contains(n) && !noun.isCapitalized() && !describesPerson(t, i + 2)) {
                    // "the company", "the firm": the latest business named (a legal form or a business word in its name);
                    // a profile's subject only when it is one itself, for an advocacy group is no company
                    target = latestBusiness(recentOrgs, subject);
                } else if (g.orgKeywords.contains(capitalize(n)) && !describesPerson(t, i + 2)) {
                    boolean possessive = i + 2 < t.size() && t.get(i + 2).is("'s");
                    // "the federation's arm" in a profile of a federation is the subject's, whatever was named last
                    target = possessive && subject != null && hasWord(subject, capitalize(n))
                        ? subject : byKeyword(capitalize(n), recentOrgs, subject);
                }
                EntityDraft apposed = appositiveHead(v, i);
                boolean possessor = i + 2 < t.size() && t.get(i + 2).is("'s");
                if (target != null && apposed != null && !possessor && !CAMPAIGN_NOUNS.contains(n)) {
                    target = apposed; // "Acme Fund, the foundation set up by ...": the description is of Acme Fund
                }
                if (target != null) {
                    v.slots.add(new SentenceView.Slot(i, i + 2, target, true));
                    i++;
                }
            }
            v.slots.sort((a, b) -> Integer.compare(a.from(), b.from()));
            if (!v.slots.isEmpty() && v.slots.get(0).from() <= 2 && v.slots.get(0).root().type == EntityType.PERSON) {
                lastSubject = v.slots.get(0).root();
            } else if (!v.slots.isEmpty() && v.slots.get(0).from() <= 2) {
                lastSubject = null;
            }
            lastOrgSubject = openingOrganization(v);
        }
    }

    /** "voted against it", "had lobbied for it", "opposed it": the pronoun is the object of a stance. */
    private static boolean afterStance(List<Token> t, int i) {
        if (i == 0) {
            return false;
        }
        String prev = t.get(i - 1).lower();
        return prev.equals("against") || Cues.OPPOSE.contains(prev) || Cues.SUPPORT.contains(prev);
    }

    /** The organization a sentence opens with ("The Harbor Guild said ...", "It said ..."), or null. */
    private static EntityDraft openingOrganization(SentenceView v) {
        if (v.slots.isEmpty() || v.slots.get(0).from() > 1) {
            return null;
        }
        EntityDraft d = v.slots.get(0).root();
        return d.type == EntityType.ORGANIZATION ? d : null;
    }

    /**
     * "Ines Morel and her son": the person just before; "Murguia comes from ...: her sister":
     * the person the sentence opens with; otherwise the last person named.
     */
    private static EntityDraft antecedent(SentenceView v, int i, EntityDraft lastPerson) {
        List<SentenceView.Slot> slots = v.slots;
        if (i >= 2 && (v.tokens.get(i - 1).is("and") || v.tokens.get(i - 1).is(",")) && !slots.isEmpty()) {
            SentenceView.Slot prev = slots.get(slots.size() - 1);
            if (prev.to() == i - 1 && prev.root().type == EntityType.PERSON) {
                return prev.root();
            }
        }
        boolean possessive = v.tokens.get(i).lower().equals("her") || v.tokens.get(i).lower().equals("his");
        boolean kin = possessive && i + 1 < v.tokens.size()
            && Set.of("wife", "husband", "sister", "brother", "son", "daughter", "mother", "father", "spouse")
            .contains(v.tokens.get(i + 1).lower());
        if (kin) {
            // "Murguia comes from a family of lawyers: her sister ..., and her brother ...": the sentence's subject
            for (SentenceView.Slot s : slots) {
                if (s.from() < i && s.root().type == EntityType.PERSON && s.from() <= 2) {
                    return s.root();
                }
                if (s.from() < i && s.root().type != EntityType.PERSON && s.from() <= 2) {
                    break;
                }
            }
        }
        for (int k = slots.size() - 1; k >= 0; k--) {
            SentenceView.Slot s = slots.get(k);
            if (s.from() < i && !s.reference() && s.root().type == EntityType.PERSON) {
                return s.root();
            }
        }
        return lastPerson;
    }

    private static boolean isExpletive(List<Token> t, int i) {
        // "it is likely that", "made it harder": nothing to resolve
        if (i + 1 < t.size()) {
            String next = t.get(i + 1).lower();
            if (i + 2 < t.size() && (next.equals("is") || next.equals("was")) && (t.get(i + 2).lower().equals("likely")
                || t.get(i + 2).lower().equals("unclear") || t.get(i + 2).lower().equals("not"))) {
                return true;
            }
        }
        return i > 0 && Set.of("make", "made", "makes", "making", "calling", "called", "call", "find", "found").contains(t.get(i - 1).lower())
            && !t.get(i).lower().equals("its");
    }

    /** "the insurance executive", "the union organizer": the keyword describes a person, not the organization. */
    private static boolean describesPerson(List<Token> t, int k) {
        return k < t.size() && NameChunker.PERSON_NOUNS.contains(t.get(k).lower());
    }

    /** The organization named right before ", the ..." when that article opens an appositive. */
    private static EntityDraft appositiveHead(SentenceView v, int the) {
        if (the < 2 || !v.tokens.get(the - 1).is(",")) {
            return null;
        }
        for (Mention m : v.mentions) {
            if (m.tokEnd == the - 1 && m.entity != null && m.type != EntityType.PERSON && m.type != EntityType.LEGISLATION
                && m.type != EntityType.CAMPAIGN) {
                return m.entity.root();
            }
        }
        return null;
    }

    private static boolean inMention(SentenceView v, int i) {
        for (Mention m : v.mentions) {
            if (i >= m.tokStart && i < m.tokEnd) {
                return true;
            }
        }
        return false;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static EntityDraft byKeyword(String keyword, Deque<EntityDraft> recent, EntityDraft subject) {
        if (subject != null && (hasWord(subject, keyword) || hasTranslatedWord(subject, keyword))) {
            // "the foundation" in a profile of a foundation is the subject, the most salient of its kind; so is "the
            // league" in a profile of a "Ligue ...", whatever English-named body has the word (a body other than the
            // subject is never found by a translation: a text about one association names others in passing)
            return subject;
        }
        for (EntityDraft d : recent) {
            if (d.root() != subject && hasWord(d.root(), keyword)) {
                return d.root();
            }
            if (d.root() == subject && hasWord(subject, keyword)) {
                return subject;
            }
        }
        if (subject != null) {
            return subject;
        }
        return null;
    }

    /** The latest organization named as a business, else the subject when it is one, else null. */
    private static EntityDraft latestBusiness(Deque<EntityDraft> recent, EntityDraft subject) {
        for (EntityDraft d : recent) {
            if (isBusiness(d.root())) {
                return d.root();
            }
        }
        return subject != null && isBusiness(subject) ? subject : null;
    }

    static boolean isBusiness(EntityDraft d) {
        for (String n : d.allNames()) {
            for (String w : n.split(" ")) {
                if (BUSINESS_WORDS.contains(w) || NameChunker.isCorporateSuffix(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasTranslatedWord(EntityDraft d, String keyword) {
        for (String n : d.allNames()) {
            if (KindWords.inName(n, keyword)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWord(EntityDraft d, String keyword) {
        for (String n : d.allNames()) {
            for (String w : n.split(" ")) {
                if (w.equals(keyword)) {
                    return true;
                }
            }
        }
        return false;
    }
}
