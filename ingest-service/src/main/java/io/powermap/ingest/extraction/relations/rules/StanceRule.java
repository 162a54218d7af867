package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.actorBefore;
import static io.powermap.ingest.extraction.relations.args.Arguments.coordinatedBefore;
import static io.powermap.ingest.extraction.relations.args.Arguments.list;
import static io.powermap.ingest.extraction.relations.args.Arguments.promotable;
import static io.powermap.ingest.extraction.relations.args.Tokens.colonBetween;
import static io.powermap.ingest.extraction.relations.args.Tokens.mentions;
import static io.powermap.ingest.extraction.relations.args.Tokens.negated;
import static io.powermap.ingest.extraction.relations.args.Tokens.next;
import static io.powermap.ingest.extraction.relations.args.Tokens.prev;
import static io.powermap.ingest.extraction.relations.args.Tokens.withinNext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.layout.BlockKind;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.RelationRule;
import io.powermap.ingest.extraction.lexicon.Words;

/**
 * "X backs the Y Act", "X and Z oppose Y", "Equality Act: supports.", "lobbied for both bills":
 * SUPPORTS or OPPOSES from the actor before the cue (or the subject, for a list item) to the laws
 * and campaigns after it; an organization as target only with a strong cue.
 */
public final class StanceRule implements RelationRule {

    private static final Pattern SUPPORT_AS_VERB_AFTER = Pattern.compile("to|will|would|did|does|they|we");

    public static final String SUPPORTS_ID = "stance.supports";
    public static final String OPPOSES_ID = "stance.opposes";
    /** "in favor", "to pass", "helped enact", "passage of": support cues read with the word before or after. */
    private static final Set<String> SUPPORT_PHRASES = Set.of("favor", "pass", "enact", "adopt", "passage");

    private final RelationshipType type;
    private final String id;
    private final Set<String> cues;

    private StanceRule(RelationshipType type, String id, Set<String> cues) {
        this.type = type;
        this.id = id;
        this.cues = cues;
    }

    public static StanceRule supports() {
        Set<String> cues = new java.util.HashSet<>(Cues.SUPPORT);
        cues.addAll(SUPPORT_PHRASES);
        return new StanceRule(RelationshipType.SUPPORTS, SUPPORTS_ID, Words.frozen(cues));
    }

    /** Designations and "critics of X" are read by their own rules. */
    public static StanceRule opposes() {
        Set<String> cues = new java.util.HashSet<>(Cues.OPPOSE);
        cues.removeAll(Cues.DESIGNATE);
        cues.removeAll(CriticsRule.CUES);
        return new StanceRule(RelationshipType.OPPOSES, OPPOSES_ID, Words.frozen(cues));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Set<String> cues() {
        return cues;
    }

    @Override
    public int priority() {
        return type == RelationshipType.SUPPORTS ? 300 : 310;
    }

    /** Acts only a law takes: signing it into force or vetoing it. */
    private static final Set<String> SIGN_OR_VETO = Set.of("signed", "signs", "vetoed", "vetoes", "veto", "vetoing");

    /** "supports the Coastal Party": backing a party is a stance, backing another body is usually not. */
    private static boolean politicalParty(EntityDraft d) {
        return d.name.endsWith(" Party") || d.name.startsWith("Party of ") || d.name.contains(" Party of ");
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        String w = t.get(i).lower();
        if (type == RelationshipType.SUPPORTS && !(Cues.SUPPORT.contains(w) || (w.equals("favor") && prev(t, i).equals("in"))
            || ((w.equals("pass") || w.equals("enact") || w.equals("adopt")) && (prev(t, i).equals("to") || prev(t, i).equals("helped")))
            || (w.equals("passage") && next(t, i).equals("of")))) {
            return;
        }
        if (negated(t, i)) {
            return;
        }
        if ((w.equals("signed") || w.equals("signs")) && Set.of("off", "on", "up").contains(next(t, i))) {
            return; // "signed off on a project", "signed on to a boycott": approval or joining, not a stance on a law
        }
        if (Cues.SUPPORT_NEED_FOR.contains(w) && !(next(t, i).equals("for") || next(t, i).equals("on") || next(t, i).equals("of")
            || (i + 2 < t.size() && t.get(i + 2).lower().equals("for") && t.get(i + 1).lower().endsWith("ly"))
            || (i + 2 < t.size() && t.get(i + 2).lower().equals("for") && Set.of("hard", "heavily", "long", "successfully").contains(next(t, i))))) {
            return;
        }
        if (w.equals("support") && !(prev(t, i).equals("in") || SUPPORT_AS_VERB_AFTER.matcher(prev(t, i)).matches())) {
            return;
        }
        if (Cues.SUPPORT_NEED_FOR.contains(w) && withinNext(t, i, 4, "against")) {
            return;
        }
        if (type == RelationshipType.SUPPORTS && (next(t, i).equals("against"))) {
            return;
        }
        EntityDraft subject = ctx.subject();
        EntityDraft actor = actorBefore(v, i, false);
        boolean item = v.sentence.kind() == BlockKind.BULLET || v.sentence.kind() == BlockKind.NUMBERED;
        if (actor == null || actor.type == null && item) {
            actor = subject; // "Has sought to ...": a list item under the profile speaks for its subject
        }
        if (actor == null || actor.type == EntityType.LEGISLATION || actor.type == EntityType.CAMPAIGN) {
            return;
        }
        boolean lawOnly = Cues.REPEAL.contains(w) || SIGN_OR_VETO.contains(w);
        if (SIGN_OR_VETO.contains(w) && (next(t, i).equals("it") || next(t, i).equals("them"))) {
            // "Governor Ames vetoed it": the law named last in the sentence, not the document's subject
            Slot law = null;
            for (Slot s : v.slots) {
                if (s.to() <= i && s.root().type == EntityType.LEGISLATION) {
                    law = s;
                }
            }
            if (law != null && actor != law.root()) {
                ctx.add(id, type, actor, law.root(), v);
            }
            return;
        }
        List<EntityDraft> coActors = new ArrayList<>();
        for (Slot c : coordinatedBefore(v, i)) {
            if (c.root() != actor && (c.root().type != null || promotable(c)) && c.root().type != EntityType.LEGISLATION
                && c.root().type != EntityType.CAMPAIGN) {
                coActors.add(c.root());
            }
        }
        boolean strong = type == RelationshipType.OPPOSES || w.startsWith("endors") || w.equals("backer") || w.equals("ally")
            || w.equals("allies") || w.equals("praised") || w.equals("champion") || w.equals("championed");
        List<Slot> targets = new ArrayList<>();
        int limit = i + 8;
        for (Slot s : list(v, i + 1, false)) {
            if (s.from() > limit && targets.isEmpty()) {
                break;
            }
            targets.add(s);
        }
        boolean any = false;
        for (Slot s : targets) {
            EntityDraft target = s.root();
            if (target == actor || target.type == EntityType.PERSON || target.type == null
                || lawOnly && target.type != EntityType.LEGISLATION) {
                continue;
            }
            if (target.type == EntityType.ORGANIZATION && !strong && !politicalParty(target)) {
                continue;
            }
            // "criticised the group": the subject as target is fine
            ctx.add(id, type, actor, target, v);
            for (EntityDraft co : coActors) {
                if (co != target) {
                    ctx.add(id, type, co, target, v);
                }
            }
            any = true;
        }
        if (!any && !lawOnly && !Cues.DEFEND.contains(w)) {
            // "Equality Act: supports." A list item names the law first and the stance after a colon
            for (Slot s : v.slots) {
                // a program's description mentions what its participants favour; only a cue right after the term is the group's stance
                boolean nearTerm = s.root().type != EntityType.CAMPAIGN || i - s.to() <= 4;
                if (s.to() < i && nearTerm && (s.root().type == EntityType.LEGISLATION || s.root().type == EntityType.CAMPAIGN)
                    && (colonBetween(t, s.to(), i) || v.sentence.kind() == BlockKind.BULLET && s.from() == 0)) {
                    EntityDraft a = actor == s.root() || actorBefore(v, s.from(), false) == null ? subject : actor;
                    if (a != null && a != s.root()) {
                        ctx.add(id, type, a, s.root(), v);
                        any = true;
                    }
                }
            }
        }
        if (!any && withinNext(t, i, 5, "both")) {
            // "pressed for both bills to pass": the laws named earlier in the sentence
            for (Slot s : v.slots) {
                if (s.to() <= i && (s.root().type == EntityType.LEGISLATION || s.root().type == EntityType.CAMPAIGN)) {
                    ctx.add(id, type, actor, s.root(), v);
                    any = true;
                }
            }
        }
        if (!any && type == RelationshipType.OPPOSES && (w.startsWith("denounc") || w.startsWith("condemn")
            || w.startsWith("critici") || w.startsWith("attack") || w.startsWith("reject"))) {
            // "the council has attacked the label": the other organization of the sentence is meant
            EntityDraft other = null;
            for (Slot s : v.slots) {
                if (s.root() != actor && s.root().type == EntityType.ORGANIZATION) {
                    other = s.root() == subject ? subject : (other == null ? s.root() : other);
                    if (other == subject) {
                        break;
                    }
                }
            }
            if (other != null) {
                ctx.add(id, type, actor, other, v);
            }
        }
    }
}
