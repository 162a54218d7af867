package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.CLAUSE_END;
import static io.powermap.ingest.extraction.relations.args.Arguments.possessorBefore;
import static io.powermap.ingest.extraction.relations.args.Arguments.actorBefore;
import static io.powermap.ingest.extraction.relations.args.Arguments.list;
import static io.powermap.ingest.extraction.relations.args.Tokens.mentions;
import static io.powermap.ingest.extraction.relations.args.Tokens.negated;
import static io.powermap.ingest.extraction.relations.args.Tokens.next;

import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.ingest.extraction.layout.BlockKind;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.text.Money;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.CuedRule;

/**
 * "Y received grants from A and B", "its funding comes from A", "support from A", "our work was made
 * possible by A and B": the givers listed after "from" (or "by") fund the receiver before the cue (or the subject).
 */
public final class ReceivedFundingRule extends CuedRule {

    public static final String ID = "funding.received";
    private static final Set<BlockKind> LIST_KINDS = Set.of(BlockKind.BULLET, BlockKind.NUMBERED, BlockKind.TABLE_ROW);
    private static final Set<String> RECEIPT_VERBS = Set.of("received", "receives", "got", "obtained");
    private static final Set<String> CUES = Cues.union(Cues.RECEIVE_VERBS, Cues.FUND_NOUNS, Set.of("came", "comes", "come", "possible"));
    /** Words that open the named givers after a description of them: "from our partners, chiefly A and B". */
    private static final Set<String> NAMING_WORDS = Cues.load("funding-naming-words");
    /** What money makes possible: "our work was made possible by A" (not "its court win"). */
    private static final Set<String> ENABLED = Cues.load("funding-enabled-nouns");

    public ReceivedFundingRule() {
        super(ID, CUES, 120);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        String w = t.get(i).lower();
        boolean madePossible = w.equals("possible") && i > 0 && t.get(i - 1).lower().equals("made") && next(t, i).equals("by")
            && (enabledBefore(t, i) || Money.find(t, i, t.size()) >= 0);
        if (!(Cues.RECEIVE_VERBS.contains(w) || (Cues.FUND_NOUNS.contains(w) && (next(t, i).equals("from") || amountThenFrom(t, i)))
            || (comes(w) && fundNounBefore(t, i)) || madePossible)) {
            return;
        }
        if (negated(t, i)) {
            return;
        }
        int from = madePossible ? i + 1 : -1;
        for (int k = i + 1; from < 0 && k < t.size() && k < i + 12; k++) {
            String x = t.get(k).lower();
            if (x.equals("from")) {
                from = k;
                break;
            }
            if (CLAUSE_END.contains(x) || x.equals(".")) {
                break;
            }
        }
        if (from < 0) {
            fromTheSubject(ctx, v, i);
            return;
        }
        if (w.equals("raised") && !mentions(t, Cues.FUND_NOUNS) && Money.find(t, i, t.size()) < 0) {
            return;
        }
        // "Its core support has come from A": what stands before the verb is the money, and its owner is the subject
        EntityDraft recipient = comes(w) ? null : madePossible ? possessorBefore(ctx, v, i) : actorBefore(v, i, false);
        if (recipient == null || (recipient.type != EntityType.ORGANIZATION && recipient.type != null)) {
            recipient = ctx.subject();
        }
        int start = from + 1;
        for (int k = from + 1; k < t.size() && k <= from + 5; k++) {
            if (t.get(k).is(":")) {
                start = k + 1; // "came from three sources: A, B and C"
                break;
            }
            if (!t.get(k).isWord() && !t.get(k).isNumber()) {
                break;
            }
        }
        if (start == from + 1 && start < t.size() && Character.isLowerCase(t.get(start).text().charAt(0))) {
            for (int k = start; k < t.size() && k <= start + 10; k++) {
                if (NAMING_WORDS.contains(t.get(k).lower())) {
                    start = k + 1; // "from a group of development partners, chiefly A and B"
                    break;
                }
            }
        }
        for (Slot s : list(v, start, true)) {
            FundingTie.add(ctx, ID, v, s, recipient, i);
        }
    }

    private static final Set<String> MONEY_WORDS = Set.of("financial", "core", "funding", "grant", "donor", "budget");

    /** "our work", "the survey", "this report" just before "was made possible": something money pays for. */
    private static boolean enabledBefore(List<Token> t, int i) {
        for (int k = i - 2; k >= 0 && k >= i - 6; k--) {
            if (ENABLED.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean comes(String w) {
        return w.equals("came") || w.equals("comes") || w.equals("come");
    }

    /**
     * "our grants come", "core funding has come", "its largest gift, CAD 120,000 over two years, came": the
     * money's noun before the verb in the same clause; "support" only with a word that makes it money
     * ("financial support"), not "support for its bill has come from two parties".
     */
    private static boolean fundNounBefore(List<Token> t, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 12; k--) {
            String x = t.get(k).lower();
            if (Cues.FUND_NOUNS.contains(x) && !x.equals("support") && !x.equals("backing")
                || (x.equals("support") || x.equals("backing")) && k > 0 && MONEY_WORDS.contains(t.get(k - 1).lower())) {
                return true;
            }
            if (t.get(k).is(";") || t.get(k).is(":") || CLAUSE_END.contains(t.get(k).lower())) {
                return false;
            }
        }
        return false;
    }

    /** "a start-up grant of €40,000 from X": the amount stands between the noun and its source. */
    private static boolean amountThenFrom(List<Token> t, int i) {
        if (!next(t, i).equals("of") || Money.find(t, i + 2, Math.min(t.size(), i + 5)) < 0) {
            return false;
        }
        for (int k = i + 3; k < t.size() && k < i + 9; k++) {
            if (t.get(k).lower().equals("from")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "- Harbour House received about £1.2 million in 2016": an item of a funder's list of grants
     * names no source because the page's subject is the source.
     */
    private static void fromTheSubject(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        BlockKind kind = v.sentence.kind();
        EntityDraft subject = ctx.subject();
        if (!LIST_KINDS.contains(kind) || !RECEIPT_VERBS.contains(t.get(i).lower()) || subject == null
            || subject.type != EntityType.ORGANIZATION || Money.find(t, i + 1, Math.min(t.size(), i + 5)) < 0) {
            return;
        }
        EntityDraft recipient = actorBefore(v, i, true);
        if (recipient == null || recipient == subject || recipient.type != null && recipient.type != EntityType.ORGANIZATION) {
            return;
        }
        FundingTie.add(ctx, ID, v, new Slot(i, i, subject, true), recipient, i);
    }
}
