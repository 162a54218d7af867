package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.actorBefore;
import static io.powermap.ingest.extraction.relations.args.Arguments.list;
import static io.powermap.ingest.extraction.relations.args.Slots.slotEndingAt;
import static io.powermap.ingest.extraction.relations.args.Slots.slotStartingNear;
import static io.powermap.ingest.extraction.relations.args.Tokens.negated;

import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.RelationRule;

/**
 * Stances whose agent comes after the law: "the bill was introduced by Senator A and Representative B"
 * (stance.passive), "the Harbor Act, which Governor C signed" (stance.relative); and bringing a law
 * before a legislature, "P tabled the Harbor Act" (stance.sponsor), which only a law can undergo.
 */
public final class StanceAgentRule implements RelationRule {

    public static final String PASSIVE = "stance.passive";
    public static final String RELATIVE = "stance.relative";
    public static final String SPONSOR = "stance.sponsor";
    public static final String ENACTED = "stance.enacted";
    private static final Set<String> SPONSOR_VERBS = Cues.load("stance-sponsor-verbs");
    /** "the Assembly passed the X Act": making a law backs it, and only a law can be passed this way. */
    private static final Set<String> ENACT_VERBS = Cues.load("stance-enact-verbs");
    private static final Set<String> AUXILIARIES = Set.of("was", "were", "been", "is", "are", "be", "being");
    private static final Set<String> TIME_ADVERBS = Set.of("first", "later", "also", "then", "once", "again", "since", "long");
    private static final Set<String> CUES = Cues.union(Cues.SUPPORT, Cues.OPPOSE, SPONSOR_VERBS, ENACT_VERBS);

    @Override
    public String id() {
        return PASSIVE;
    }

    @Override
    public List<String> ids() {
        return List.of(PASSIVE, RELATIVE, SPONSOR, ENACTED);
    }

    @Override
    public Set<String> cues() {
        return CUES;
    }

    @Override
    public int priority() {
        return 320;
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        String w = t.get(i).lower();
        boolean enact = ENACT_VERBS.contains(w);
        if (!w.endsWith("ed") && !SPONSOR_VERBS.contains(w) && !enact || negated(t, i)) {
            return;
        }
        boolean sponsor = SPONSOR_VERBS.contains(w) || enact;
        RelationshipType type = Cues.OPPOSE.contains(w) ? RelationshipType.OPPOSES : RelationshipType.SUPPORTS;
        if (passive(t, i) || lawInApposition(v, i)) {
            Slot target = targetBefore(v, i, type);
            if (target == null || sponsor && target.root().type != EntityType.LEGISLATION) {
                return;
            }
            int by = byAfter(t, i);
            if (by < 0) {
                return;
            }
            for (Slot agent : list(v, by + 1, false)) {
                EntityDraft a = agent.root();
                if (a != target.root() && (a.type == EntityType.PERSON || a.type == EntityType.ORGANIZATION)) {
                    ctx.add(PASSIVE, type, a, target.root(), v);
                }
            }
            return;
        }
        Slot agent = slotEndingAt(v, adverbsBefore(t, i));
        int rel = agent == null ? -1 : agent.from() - 1;
        while (rel > 0 && agent.from() - rel <= 2 && t.get(rel).isWord() && t.get(rel).isCapitalized()) {
            rel--; // "which Governor C signed": a title before the agent's name
        }
        if (rel >= 3 && t.get(rel).lower().equals("the")) {
            rel--; // "which the Assembly passed"
        }
        if (agent != null && rel >= 2 && (t.get(rel).lower().equals("which") || t.get(rel).lower().equals("that"))
            && t.get(rel - 1).is(",")) {
            Slot law = slotEndingAt(v, rel - 1);
            if (law != null && law.root().type == EntityType.LEGISLATION && agent.root() != law.root()
                && (agent.root().type == EntityType.PERSON || agent.root().type == EntityType.ORGANIZATION)) {
                ctx.add(RELATIVE, type, agent.root(), law.root(), v);
            }
            return;
        }
        if (sponsor) {
            Slot law = slotStartingNear(v, i + 1, 1);
            EntityDraft actor = actorBefore(v, i, false);
            if (law != null && law.root().type == EntityType.LEGISLATION && actor != null
                && (actor.type == EntityType.PERSON || actor.type == EntityType.ORGANIZATION)) {
                ctx.add(enact ? ENACTED : SPONSOR, RelationshipType.SUPPORTS, actor, law.root(), v);
            }
        }
    }

    /** "was introduced", "has been strongly opposed": an auxiliary, perhaps with adverbs, right before the verb. */
    private static boolean passive(List<Token> t, int i) {
        int k = i - 1;
        while (k >= 0 && i - k <= 3 && (t.get(k).lower().endsWith("ly") || TIME_ADVERBS.contains(t.get(k).lower()))) {
            k--;
        }
        return k >= 0 && AUXILIARIES.contains(t.get(k).lower());
    }

    /** "The X Bill, sponsored by the ministry, ...": a participle right after a law named before a comma. */
    private static boolean lawInApposition(SentenceView v, int i) {
        if (i < 2 || !v.tokens.get(i - 1).is(",")) {
            return false;
        }
        Slot law = slotEndingAt(v, i - 1);
        return law != null && law.root().type == EntityType.LEGISLATION;
    }

    /** "by" within a few words after the verb: "introduced in July by", "signed into law by". */
    private static int byAfter(List<Token> t, int i) {
        for (int k = i + 1; k < t.size() && k <= i + 5; k++) {
            if (t.get(k).lower().equals("by")) {
                return k;
            }
            if (t.get(k).is(",") || t.get(k).is(";")) {
                return -1;
            }
        }
        return -1;
    }

    /** The law (or, for opposition, the body) the passive sentence is about: the nearest one before the verb. */
    private static Slot targetBefore(SentenceView v, int i, RelationshipType type) {
        Slot found = null;
        for (Slot s : v.slots) {
            if (s.to() > i) {
                break;
            }
            EntityType ty = s.root().type;
            if (ty == EntityType.LEGISLATION || ty == EntityType.CAMPAIGN
                || type == RelationshipType.OPPOSES && ty == EntityType.ORGANIZATION) {
                found = s;
            }
        }
        return found;
    }

    /** "which Governor C quietly signed": the end of the agent, skipping adverbs before the verb. */
    private static int adverbsBefore(List<Token> t, int i) {
        int k = i;
        while (k > 0 && i - k < 2 && t.get(k - 1).lower().endsWith("ly") && !t.get(k - 1).isCapitalized()) {
            // "quietly", not the end of a name ("the Assembly passed")
            k--;
        }
        return k;
    }

}
