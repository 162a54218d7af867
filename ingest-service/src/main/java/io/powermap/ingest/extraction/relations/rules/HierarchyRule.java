package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.list;
import static io.powermap.ingest.extraction.relations.args.Arguments.possessorBefore;
import static io.powermap.ingest.extraction.relations.args.Arguments.possessorSlotStart;
import static io.powermap.ingest.extraction.relations.args.Arguments.promote;
import static io.powermap.ingest.extraction.relations.args.Slots.isOrgLike;
import static io.powermap.ingest.extraction.relations.args.Slots.slotEndingAt;
import static io.powermap.ingest.extraction.relations.args.Slots.slotStartingNear;
import static io.powermap.ingest.extraction.relations.args.Tokens.negated;
import static io.powermap.ingest.extraction.relations.args.Tokens.next;
import static io.powermap.ingest.extraction.relations.args.Tokens.prev;

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
import io.powermap.ingest.extraction.relations.CuedRule;

/**
 * "X's political arm, the Y", "Y, an affiliate of X", "its chapters include A and B": HIERARCHY from
 * the parent organization to the child.
 */
public final class HierarchyRule extends CuedRule {

    public static final String ID = "hierarchy.affiliate";
    private static final Set<String> CUES = Cues.load("hierarchy-cues");

    public HierarchyRule() {
        super(ID, CUES, 700);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        String w = t.get(i).lower();
        if (w.equals("organization") && !prev(t, i).equals("sister")) {
            return;
        }
        if (negated(t, i)) {
            return;
        }
        String n = next(t, i);
        // "affiliates include A, B and C"
        if (Set.of("include", "included", "including", "are", "such", "like", "in").contains(n) && w.endsWith("s")) {
            EntityDraft parent = possessorBefore(ctx, v, i);
            if (parent == null) {
                parent = ctx.subject();
            }
            for (Slot s : list(v, i + 2, true)) {
                addChild(ctx, ID, v, parent, s.root());
            }
            return;
        }
        // "X's political arm, the Y"
        EntityDraft possessor = possessorBefore(ctx, v, i);
        if (possessor != null) {
            Slot child = slotStartingNear(v, i + 1, 3);
            if (child != null && isOrgLike(child)) {
                addChild(ctx, ID, v, possessor, child.root());
                return;
            }
            Slot before = null;
            for (Slot s : v.slots) {
                if (s.to() <= possessorSlotStart(v, i) && isOrgLike(s) && !s.reference() && s.root() != possessor) {
                    before = s;
                }
            }
            if (before != null) {
                addChild(ctx, ID, v, possessor, before.root());
            }
            return;
        }
        // "Y, an affiliated organization" / "Y, an affiliate of X"
        Slot child = appositiveHead(v, i);
        if (child == null) {
            return;
        }
        EntityDraft parent = null;
        if (n.equals("that") || n.equals("which") || n.equals("who")) {
            return; // "Y, the super PAC that backed Z": what Y did, not whose it is
        }
        if (n.equals("of") || n.equals("with") || n.equals("to")) {
            Slot s = slotStartingNear(v, i + 2, 1);
            if (s != null && isOrgLike(s)) {
                parent = s.root();
            } else if (s != null && s.root().type == EntityType.PERSON) {
                return; // "the charitable arm of a billionaire": a person's vehicle, no parent body
            }
        }
        if (parent == null) {
            for (Slot s : v.slots) {
                if (s.to() <= child.from() && isOrgLike(s) && s.root() != child.root()) {
                    parent = s.root();
                }
            }
        }
        if (parent == null) {
            parent = ctx.subject();
        }
        addChild(ctx, ID, v, parent, child.root());
    }

    /** States that {@code child} is part of {@code parent}, unless the child is a person, a law or a campaign. */
    public static void addChild(RelationContext ctx, String rule, SentenceView v, EntityDraft parent, EntityDraft child) {
        if (parent == null || child == null || parent == child || child.type == EntityType.PERSON
            || child.type == EntityType.LEGISLATION || child.type == EntityType.CAMPAIGN) {
            return;
        }
        promote(child, EntityType.ORGANIZATION);
        ctx.add(rule, RelationshipType.HIERARCHY, parent, child, v);
    }

    /** The name that a following ", an affiliated ..." describes. */
    private static Slot appositiveHead(SentenceView v, int cue) {
        List<Token> t = v.tokens;
        for (int k = cue - 1; k >= 0 && k >= cue - 6; k--) {
            if (t.get(k).is(",")) {
                Slot s = slotEndingAt(v, k);
                return s != null && isOrgLike(s) ? s : null;
            }
            if (!t.get(k).isWord() && !t.get(k).isNumber() && !t.get(k).is("(") && !t.get(k).is(")")) {
                return null;
            }
        }
        return null;
    }
}
