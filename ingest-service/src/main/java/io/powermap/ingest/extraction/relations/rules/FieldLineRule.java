package io.powermap.ingest.extraction.relations.rules;

import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.lexicon.RoleTitles;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.CuedRule;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.RelationDraft;
import io.powermap.ingest.extraction.relations.args.Slots;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Dates;
import io.powermap.ingest.extraction.text.Token;

/**
 * A form's field about the body it describes, one to a line: "Director:  A B (since 2019)" is a POSITION
 * with the label as the role; "Founders: A B, C D" are its founders; "Networks: X (member since 2011)" the
 * bodies it belongs to; a person with a title after a comma or in brackets ("Contact person: A B,
 * Treasurer"; "Founder: A B (director 2001-2010)") holds that post whatever the label.
 */
public final class FieldLineRule extends CuedRule {

    public static final String ID = "position.field-line";
    public static final String FOUNDED_ID = "founding.field-line";
    public static final String MEMBERSHIP_ID = "membership.field-line";
    private static final Set<String> MEMBERSHIP_LABELS = Cues.load("field-membership-labels");
    /** The words of a label at most: "Person in charge of external relations". */
    private static final int LABEL_WORDS = 7;

    public FieldLineRule() {
        super(ID, Set.of(), 1020); // read whole: a label's own words ("Networks") may be another rule's cue
    }

    @Override
    public List<String> ids() {
        return List.of(ID, FOUNDED_ID, MEMBERSHIP_ID);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int cue) {
        List<Token> t = v.tokens;
        int i = 1;
        while (i < t.size() && i <= LABEL_WORDS && !t.get(i).is(":")) {
            i++;
        }
        if (i >= t.size() || !t.get(i).is(":")) {
            return;
        }
        EntityDraft org = ctx.subject();
        if (i < 1 || i > LABEL_WORDS || i + 1 >= t.size() || org == null || org.root().type != EntityType.ORGANIZATION
            || !t.get(0).isCapitalized()) {
            return;
        }
        for (int k = 0; k < i; k++) {
            Token w = t.get(k);
            if (!(w.isWord() || w.is(",") || w.is("(") || w.is(")")) || inTypedSlot(v, k)) {
                return; // a label is plain words: "Chair, board of trustees"
            }
        }
        org = org.root();
        int roleEnd = ctx.gazetteer().roleEnd(t, 0);
        String last = t.get(i - 1).lower();
        boolean founders = i <= 2 && Cues.FOUNDER_NOUNS.contains(last)
            || i == 2 && t.get(0).lower().equals("founded") && last.equals("by"); // "Founded by: A; B"
        boolean roleLabel = !founders && roleEnd > 0
            && (roleEnd == i || t.get(roleEnd).is(",") || t.get(roleEnd).lower().equals("of"));
        // "Members: A; B", "Member councils: A": the value's bodies belong to the subject, not the other way round
        String first = t.get(0).lower();
        boolean members = (first.equals("members") || first.equals("member") && i >= 2) && !last.equals("of");
        boolean memberships = !members && (MEMBERSHIP_LABELS.contains(last)
            || last.equals("of") && i >= 2 && MEMBERSHIP_LABELS.contains(t.get(i - 2).lower()));
        for (Slot s : v.slots) {
            if (s.from() <= i || s.reference()) {
                continue;
            }
            EntityDraft e = s.root();
            int end = segmentEnd(t, s.to());
            if (e.type == EntityType.PERSON) {
                if (founders) {
                    ctx.add(FOUNDED_ID, RelationshipType.FOUNDED, e, org, v);
                }
                String role = null;
                int datesFrom = s.to();
                if (s.to() + 1 < t.size() && (t.get(s.to()).is(",") || t.get(s.to()).is("("))) {
                    int after = RoleTitles.freeEnd(ctx.gazetteer(), t, s.to() + 1);
                    int listed = ctx.gazetteer().roleEnd(t, s.to() + 1);
                    after = Math.max(after, listed);
                    boolean elsewhere = after > 0 && after < t.size()
                        && (t.get(after).lower().equals("of") || t.get(after).lower().equals("at"));
                    if (after > 0 && !elsewhere) { // "A B, editor of Z": a post at another body
                        role = RoleTitles.text(t, s.to() + 1, after);
                        datesFrom = after;
                    }
                }
                if (role == null && roleLabel) {
                    role = RoleTitles.text(t, 0, i).replace(" ,", ",");
                }
                if (role != null) {
                    RelationDraft r = ctx.add(ID, RelationshipType.POSITION, e, org, v);
                    if (r.role == null) {
                        r.role = role;
                    }
                    date(r, Dates.around(t, datesFrom, end));
                }
                if (!founders && !roleLabel) {
                    return; // "Contact: A B, who ...": only the first person is the field's value
                }
            } else if (e.type == EntityType.ORGANIZATION && founders && e != org && !afterBracket(t, s.from())) {
                ctx.add(FOUNDED_ID, RelationshipType.FOUNDED, e, org, v); // founding bodies: "Founded by: two councils"
            } else if (e.type == EntityType.ORGANIZATION && members && e != org && !bracketedAfterName(v, s)) {
                RelationDraft r = ctx.add(MEMBERSHIP_ID, RelationshipType.MEMBERSHIP, e, org, v);
                date(r, Dates.around(t, s.to(), end));
            } else if (e.type == EntityType.ORGANIZATION && memberships && e != org && !bracketedAfterName(v, s)) {
                RelationDraft r = ctx.add(MEMBERSHIP_ID, RelationshipType.MEMBERSHIP, org, e, v);
                date(r, Dates.around(t, s.to(), end));
            }
        }
    }

    private static void date(RelationDraft r, Dates d) {
        if (r.start == null && d.start != null) {
            r.start = d.start;
        }
        if (r.end == null && d.end != null) {
            r.end = d.end;
        }
        if (r.current == null && d.current != null) {
            r.current = d.current;
        }
    }

    /** The end of one item of the value: the next semicolon, or the line's end. */
    private static int segmentEnd(List<Token> t, int from) {
        for (int k = from; k < t.size(); k++) {
            if (t.get(k).is(";")) {
                return k;
            }
        }
        return t.size();
    }

    /** "Forum of Harbours (FOH)": the letters in brackets after a name are that name again. */
    private static boolean bracketedAfterName(SentenceView v, Slot s) {
        return s.from() >= 2 && v.tokens.get(s.from() - 1).is("(") && Slots.slotEndingAt(v, s.from() - 1) != null;
    }

    /** Whether a bracket opens before token {@code k}: what follows is a remark on the value, not the value. */
    private static boolean afterBracket(List<Token> t, int k) {
        for (int j = 0; j < k; j++) {
            if (t.get(j).is("(")) {
                return true;
            }
        }
        return false;
    }

    private static boolean inTypedSlot(SentenceView v, int k) {
        for (Slot s : v.slots) {
            if (k >= s.from() && k < s.to() && s.root().type != null) {
                return true; // an untyped capitalised label ("Networks") is no name
            }
        }
        return false;
    }
}
