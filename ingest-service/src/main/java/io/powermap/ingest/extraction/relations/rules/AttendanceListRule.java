package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.list;
import static io.powermap.ingest.extraction.relations.args.Arguments.promote;
import static io.powermap.ingest.extraction.relations.args.Slots.slotStartingNear;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.CuedRule;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.RelationDraft;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;

/**
 * The attendance line of a body's minutes or resolution, "Trustees present: A; B (treasurer); C." or "Governors absent
 * with apologies: D, E": everyone named holds a seat on the body the record is about, present or not, so each is given
 * a post at the subject, the label's noun made singular as the role (a role in brackets, read by the position rule,
 * stays). Only a label naming the seats (position-attendance-labels.txt) is read: a bare "Present:" or "Members
 * present:" may list a hearing's committee or a chamber, not the subject.
 */
public final class AttendanceListRule extends CuedRule {

    public static final String ID = "position.attendance-list";
    private static final Set<String> LABELS = Cues.load("position-attendance-labels");
    private static final int MAX_LABEL_TAIL = 3; // "with apology", "with apologies sent"

    public AttendanceListRule() {
        super(ID, Set.of("present", "absent"), 1015);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        EntityDraft body = ctx.subject();
        if (body == null || i != 1 || !LABELS.contains(t.get(0).lower())) {
            return;
        }
        int colon = -1;
        for (int k = i + 1; k < t.size() && k <= i + 1 + MAX_LABEL_TAIL; k++) {
            if (t.get(k).is(":")) {
                colon = k;
                break;
            }
            if (!t.get(k).isWord() || t.get(k).isCapitalized()) {
                return;
            }
        }
        if (colon < 0) {
            return;
        }
        String label = t.get(0).lower();
        String role = label.substring(0, label.length() - 1);
        for (Slot p : people(v, colon + 1)) {
            if (p.root() == body) {
                continue;
            }
            promote(p.root(), EntityType.PERSON); // a name holding a seat is a person's
            RelationDraft r = ctx.add(ID, RelationshipType.POSITION, p.root(), body, v);
            if (r.role == null) {
                r.role = role;
            }
        }
        ctx.consumedThrough(colon);
    }

    /** The name opening each ';'-separated entry, or, with no ';', the names of a plain list. */
    private static List<Slot> people(SentenceView v, int from) {
        List<Token> t = v.tokens;
        List<Slot> out = new ArrayList<>();
        boolean semicolons = false;
        for (int k = from; k < t.size(); k++) {
            semicolons |= t.get(k).is(";");
        }
        if (!semicolons) {
            for (Slot s : list(v, from, false)) {
                if (seat(s)) {
                    out.add(s);
                }
            }
            return out;
        }
        int start = from;
        for (int k = from; k <= t.size(); k++) {
            if (k == t.size() || t.get(k).is(";")) {
                Slot s = start < k ? slotStartingNear(v, start, 0) : null;
                if (s != null && s.from() == start && seat(s)) {
                    out.add(s);
                }
                start = k + 1;
            }
        }
        return out;
    }

    /** A person, or an untyped name of two to four words; a body or a place holds no seat. */
    private static boolean seat(Slot s) {
        EntityDraft d = s.root();
        int words = d.name.split(" ").length;
        return !s.reference() && (d.type == EntityType.PERSON || d.type == null && words >= 2 && words <= 4);
    }
}
