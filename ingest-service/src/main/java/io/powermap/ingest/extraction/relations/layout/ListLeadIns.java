package io.powermap.ingest.extraction.relations.layout;

import static io.powermap.ingest.extraction.relations.args.Arguments.actorBefore;
import static io.powermap.ingest.extraction.relations.args.Arguments.possessorBefore;
import static io.powermap.ingest.extraction.relations.args.Arguments.promote;
import static io.powermap.ingest.extraction.relations.args.Slots.isOrgLike;
import static io.powermap.ingest.extraction.relations.args.Tokens.negated;
import static io.powermap.ingest.extraction.relations.args.Tokens.next;

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
import io.powermap.ingest.extraction.relations.ReadingState;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.rules.FundingTie;
import io.powermap.ingest.extraction.relations.rules.HierarchyRule;

/**
 * Lists under a lead-in, whatever the markup: a heading ("Members", "Affiliates", "Funders") or a
 * sentence ending with a colon ("Members of the X Coalition:", "FAIR has backed the following
 * measures:") announces a tie, and each bullet or numbered item after it names one end of it. What
 * was announced is kept in {@link ReadingState} until the next heading or paragraph.
 */
public final class ListLeadIns {

    private static final Pattern MEMBERS_HEADING = Pattern.compile(".*\\b(members?|member (unions|organizations|groups)|affiliated (unions|organizations|groups))\\b.*");
    private static final Pattern BRANCHES_HEADING = Pattern.compile(".*\\b(affiliat\\w*|chapters?|locals?|subsidiar\\w*)\\b.*");
    private static final Pattern FUNDERS_HEADING = Pattern.compile(".*\\b(funders?|donors?|backers?|supporters)\\b.*");

    private static final Set<String> FUNDER_KINDS = Cues.load("funding-funder-kinds");

    public static final String MEMBERSHIP = "list.membership";
    public static final String HIERARCHY = "list.hierarchy";
    public static final String FUNDING = "list.funding";
    public static final String STANCE = "list.stance";
    private static final Set<String> HIERARCHY_LEAD_WORDS = Cues.load("list-hierarchy-lead-words");
    private static final Set<String> MEMBERSHIP_LEAD_WORDS = Cues.load("list-membership-lead-words");

    private ListLeadIns() {
    }

    /** Reads a heading, a paragraph (which may be a lead-in) or a list item. */
    public static void read(RelationContext ctx, SentenceView v) {
        ReadingState state = ctx.state();
        EntityDraft subject = ctx.subject();
        BlockKind k = v.sentence.kind();
        if (k == BlockKind.HEADING) {
            String h = v.heading == null ? "" : v.heading.toLowerCase();
            state.listStance = null;
            state.listGives = false;
            state.headingStance = headingStance(h, subject);
            return;
        }
        if (k != BlockKind.BULLET && k != BlockKind.NUMBERED) {
            state.listStance = null;
            state.listGives = false;
            List<Token> t = v.tokens;
            RelationshipType labelled = labelLine(t) ? headingStance(words(t), subject) : null;
            if (labelled != null) {
                // "Our members", "Funders" set as a short paragraph above a list: a heading in all but markup
                state.headingStance = labelled;
                return;
            }
            int grants = !t.isEmpty() && t.get(t.size() - 1).is(":") ? GranteeLists.leadIn(t) : -1;
            if (grants >= 0) {
                // "This year's grants go to:": the items are paid by the lead-in's body, not its funders
                EntityDraft owner = possessorBefore(ctx, v, grants);
                state.listStance = RelationshipType.FUNDING;
                state.listGives = true;
                state.listActor = owner != null ? owner : subject;
                return;
            }
            if (!t.isEmpty() && (t.get(t.size() - 1).is(":"))) {
                for (int i = 0; i < t.size(); i++) {
                    String w = t.get(i).lower();
                    if (HIERARCHY_LEAD_WORDS.contains(w)) {
                        state.listStance = RelationshipType.HIERARCHY;
                        EntityDraft owner = possessorBefore(ctx, v, i);
                        state.listActor = owner != null ? owner : actorBefore(v, i, true);
                        if (state.listActor == null) {
                            state.listActor = subject;
                        }
                        break;
                    }
                    if ((w.equals("members") || w.equals("member") || MEMBERSHIP_LEAD_WORDS.contains(w)) && !negated(t, i)) {
                        // "Members of the X Coalition:", "The alliance's member organizations are:", "Our members:"
                        state.listStance = RelationshipType.MEMBERSHIP;
                        EntityDraft owner = possessorBefore(ctx, v, i);
                        if (owner == null && next(t, i).equals("of")) {
                            for (Slot s : v.slots) {
                                if (s.from() > i && s.from() <= i + 3 && isOrgLike(s)) {
                                    owner = s.root();
                                    break;
                                }
                            }
                        }
                        if (owner == null && MEMBERSHIP_LEAD_WORDS.contains(w)) {
                            owner = actorBefore(v, i, true); // "The coalition brings together:"
                        }
                        state.listActor = owner != null ? owner : subject;
                        break;
                    }
                    if (Cues.FUNDER_NOUNS.contains(w) || fundsTheSubject(t, i)) {
                        state.listStance = RelationshipType.FUNDING;
                        EntityDraft owner = possessorBefore(ctx, v, i);
                        state.listActor = owner != null ? owner : subject;
                        break;
                    }
                    if (Cues.OPPOSE.contains(w) && !Cues.DESIGNATE.contains(w) || w.equals("against")) {
                        state.listStance = RelationshipType.OPPOSES;
                    } else if (Cues.SUPPORT.contains(w) || Cues.LEAD_SUPPORT.contains(w)) {
                        state.listStance = RelationshipType.SUPPORTS;
                    } else {
                        continue;
                    }
                    state.listActor = actorBefore(v, i, false);
                    if (state.listActor == null) {
                        state.listActor = subject;
                    }
                    break;
                }
            }
            return;
        }
        if (state.listStance == null && state.headingStance != null) {
            state.listStance = state.headingStance;
            state.listActor = subject;
        }
        RelationshipType stance = state.listStance;
        EntityDraft actor = state.listActor;
        if (stance == null || actor == null) {
            return;
        }
        if (stance == RelationshipType.FUNDING && state.listGives) {
            GranteeLists.item(ctx, v, actor);
            return;
        }
        for (Slot s : v.slots) {
            EntityType type = s.root().type;
            if (stance == RelationshipType.HIERARCHY || stance == RelationshipType.FUNDING
                || stance == RelationshipType.MEMBERSHIP) {
                if ((type == EntityType.ORGANIZATION || type == null) && !s.reference() && s.root() != actor) {
                    promote(s.root(), EntityType.ORGANIZATION);
                    if (stance == RelationshipType.MEMBERSHIP) {
                        ctx.add(MEMBERSHIP, RelationshipType.MEMBERSHIP, s.root(), actor, v);
                    } else if (stance == RelationshipType.HIERARCHY) {
                        HierarchyRule.addChild(ctx, HIERARCHY, v, actor, s.root());
                    } else {
                        FundingTie.add(ctx, FUNDING, v, s, actor, 0);
                    }
                }
                return;
            }
            if (type == EntityType.LEGISLATION || type == EntityType.CAMPAIGN) {
                ctx.add(STANCE, stance, actor, s.root(), v);
                return;
            }
        }
    }

    /** {@link #headingStance(String)}, but a grant-maker's bare "Funding" label announces no funders of its own. */
    private static RelationshipType headingStance(String h, EntityDraft subject) {
        RelationshipType tie = headingStance(h);
        return tie == RelationshipType.FUNDING && GIVERS_LABEL.matcher(h.trim()).matches() && grantMaker(subject) ? null : tie;
    }

    /** The tie a heading announces for the list under it: members, branches or funders; null for any other heading. */
    private static RelationshipType headingStance(String h) {
        if (MEMBERS_HEADING.matcher(h).matches()) {
            // independent bodies that affiliate with a federation or coalition are its members, not its branches
            return RelationshipType.MEMBERSHIP;
        }
        if (BRANCHES_HEADING.matcher(h).matches()) {
            return RelationshipType.HIERARCHY;
        }
        if (FUNDERS_HEADING.matcher(h).matches() || GIVERS_LABEL.matcher(h.trim()).matches()) {
            return RelationshipType.FUNDING;
        }
        return null;
    }

    /**
     * A label that is only the money's name ("Funding", "Our financing", "Sources of income"): the givers are
     * listed under it. "Funding cuts", "Funding we provide" are not such labels.
     */
    private static final Pattern GIVERS_LABEL = Pattern.compile(
        "(?:our |current |main )?(?:funding|financing)(?: sources)?|sources of (?:funding|income|financing)");
    /** Keywords of a grant-maker's name: under its bare "Funding" label the items are more likely its grantees. */
    private static final Set<String> GRANT_MAKER_WORDS = Set.of("Foundation", "Fund", "Trust", "Philanthropies", "Endowment",
        "Stiftung", "Fondation", "Fundación", "Stichting");

    /** Whether the subject gives grants by its name, so that a bare "Funding" label does not say who gives. */
    public static boolean grantMaker(EntityDraft subject) {
        if (subject == null) {
            return false;
        }
        for (String w : subject.name.split(" ")) {
            if (GRANT_MAKER_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A paragraph of a few words without a verb's full stop or colon: "Our members", "Current funders". */
    private static boolean labelLine(List<Token> t) {
        if (t.isEmpty() || t.size() > LABEL_WORDS) {
            return false;
        }
        for (Token tok : t) {
            if (!tok.isWord()) {
                return false;
            }
        }
        return true;
    }

    private static final int LABEL_WORDS = 4;

    private static String words(List<Token> t) {
        StringBuilder b = new StringBuilder();
        for (Token tok : t) {
            b.append(tok.lower()).append(' ');
        }
        return b.toString().trim();
    }

    /**
     * "Foundations that have supported it include:", "Donors who fund us:": the items pay the
     * subject. A verb of money, or of support with a funder's kind named, whose object is the subject.
     */
    private static boolean fundsTheSubject(List<Token> t, int i) {
        String w = t.get(i).lower();
        String object = next(t, i);
        if (!object.equals("it") && !object.equals("us") && !object.equals("them")) {
            return false;
        }
        if (Cues.FUND_VERBS.contains(w)) {
            return true;
        }
        if (!Cues.SUPPORT.contains(w)) {
            return false;
        }
        for (int k = 0; k < i; k++) {
            if (FUNDER_KINDS.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
