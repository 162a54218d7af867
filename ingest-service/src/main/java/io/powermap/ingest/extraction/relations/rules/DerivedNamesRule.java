package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Tokens.mentions;

import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.lexicon.Gazetteer;
import io.powermap.ingest.extraction.Interrupts;
import io.powermap.ingest.extraction.mentions.Mention;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.DocumentRule;
import io.powermap.ingest.extraction.relations.RelationContext;

/**
 * "HTU Action Fund" beside "HTU", "Prairie Club Ohio Chapter" beside "Prairie Club": an
 * organization named after another with an added word is its chapter or affiliate.
 */
public final class DerivedNamesRule implements DocumentRule {

    public static final String ID = "hierarchy.derived-name";
    private static final Set<String> AFFILIATE_WORDS = Cues.load("hierarchy-affiliate-name-words");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void apply(RelationContext ctx, List<EntityDraft> entities, List<SentenceView> views) {
        Gazetteer g = ctx.gazetteer();
        for (EntityDraft child : entities) {
            Interrupts.check();
            if (child.type != EntityType.ORGANIZATION || child.mentions.isEmpty()) {
                continue;
            }
            EntityDraft best = null;
            int bestLength = 0;
            for (EntityDraft parent : entities) {
                if (parent == child || parent.type != EntityType.ORGANIZATION) {
                    continue;
                }
                for (String p : parent.allNames()) {
                    if (p.indexOf(' ') < 0 && !ctx.isAcronym(p)) {
                        continue;
                    }
                    for (String c : child.allNames()) {
                        boolean prefix = c.startsWith(p + " ") && !p.isEmpty() && affiliateSuffix(g, c.substring(p.length() + 1));
                        boolean suffix = c.endsWith(" " + p) && ctx.isAcronym(p);
                        boolean ofPlace = c.startsWith(p + " of ") && g.isPlace(c.substring(p.length() + 4));
                        if ((prefix || suffix || ofPlace) && p.length() > bestLength && !(c.startsWith(p + " for "))) {
                            best = parent;
                            bestLength = p.length();
                        }
                    }
                }
            }
            if (best != null) {
                Mention first = child.mentions.get(0);
                for (Mention m : child.mentions) {
                    if (m.start < first.start) {
                        first = m;
                    }
                }
                ctx.add(ID, RelationshipType.HIERARCHY, best, child, views.get(first.sentence));
            }
        }
    }

    /** What an affiliate adds to its parent's name: "Action Fund", "Maryland Chapter", "Local 2015". */
    private static boolean affiliateSuffix(Gazetteer g, String rest) {
        boolean any = false;
        for (String w : rest.split(" ")) {
            if (AFFILIATE_WORDS.contains(w)) {
                any = true;
            } else if (g.isPlace(w) && rest.split(" ").length <= 3) {
                any = true; // "Prairie Club Ohio Chapter", "Americans for Prosperity – Texas"
            } else if (!(w.chars().allMatch(Character::isDigit) || w.equals("of") || w.equals("and") || w.equals("\u2013") || w.equals("-"))) {
                return false;
            }
        }
        return any;
    }
}
