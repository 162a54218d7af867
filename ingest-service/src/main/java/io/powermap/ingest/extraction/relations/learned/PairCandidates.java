package io.powermap.ingest.extraction.relations.learned;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.ingest.extraction.layout.BlockKind;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.relations.args.Slots;
import io.powermap.ingest.extraction.relations.RelationDraft;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;

/**
 * Every pair of distinct entities one sentence names (titles, headings and footnotes left out), at
 * most {@link PairFeatures#MAX_GAP} tokens apart; when a sentence names a pair more than once, the
 * closest mentions stand for it. Thread-safe.
 */
public final class PairCandidates {

    /** Drafts compare by identity: they are the entities of one document. */
    private record Ends(EntityDraft first, EntityDraft second) {
    }

    private final PairFeatures features;

    public PairCandidates(PairFeatures features) {
        this.features = features;
    }

    /**
     * Whether a person or organization of another type than {@code b} is named before it: then that
     * one, not the unnamed subject, is the actor ("Minister A signed the B Act"); names of one type
     * before it are a list it belongs to ("Funders include A, B and C").
     */
    private static boolean actorBefore(List<Slot> slots, Slot b) {
        for (Slot s : slots) {
            if (s.from() < b.from() && s.root() != b.root() && s.root().type != b.root().type
                && (s.root().type == EntityType.PERSON || s.root().type == EntityType.ORGANIZATION)) {
                return true;
            }
        }
        return false;
    }

    /** "signed off on the Harbour Act plan": the law's name qualifies the noun that is the argument. */
    private static boolean lawAsModifier(SentenceView v, Slot s) {
        return s.root().type == EntityType.LEGISLATION && Slots.modifier(v.tokens, s);
    }

    /** "A is president of a residents' club": the other end is a body left unnamed, not the subject. */
    private static boolean unnamedBodyAfter(SentenceView v, Slot b) {
        List<Token> t = v.tokens;
        for (int k = b.to(); k + 1 < t.size() && k < b.to() + 6; k++) {
            String w = t.get(k).lower();
            String next = t.get(k + 1).lower();
            if ((w.equals("of") || w.equals("at") || w.equals("for")) && (next.equals("a") || next.equals("an"))) {
                return true;
            }
        }
        return false;
    }

    public List<PairCandidate> of(List<SentenceView> views, EntityDraft subject, List<RelationDraft> stated) {
        List<PairCandidate> out = new ArrayList<>();
        List<Token> lead = List.of();
        for (SentenceView v : views) {
            BlockKind kind = v.sentence.kind();
            boolean item = kind == BlockKind.BULLET || kind == BlockKind.NUMBERED;
            if (!item) {
                // "Its partners:", "## Funders": what introduces the items that follow tells what they are
                List<Token> t = v.tokens;
                boolean leadIn = kind == BlockKind.HEADING || !t.isEmpty() && t.get(t.size() - 1).is(":");
                lead = leadIn ? t : List.of();
            }
            if (kind == BlockKind.TITLE || kind == BlockKind.HEADING || kind == BlockKind.FOOTNOTE) {
                continue;
            }
            List<Token> itemLead = item ? lead : null;
            List<Slot> slots = new ArrayList<>(v.slots);
            slots.sort((x, y) -> Integer.compare(x.from(), y.from()));
            Set<Ends> seen = new HashSet<>();
            List<Slot[]> pairs = new ArrayList<>();
            for (int i = 0; i < slots.size(); i++) {
                for (int j = i + 1; j < slots.size(); j++) {
                    Slot a = slots.get(i);
                    Slot b = slots.get(j);
                    if (a.root() == b.root() || b.from() < a.to() || b.from() - a.to() > PairFeatures.MAX_GAP
                        || lawAsModifier(v, a) || lawAsModifier(v, b)) {
                        continue;
                    }
                    pairs.add(new Slot[] {a, b});
                }
            }
            // nearest first, so a pair named twice keeps its closest mentions
            pairs.sort((x, y) -> Integer.compare(x[1].from() - x[0].to(), y[1].from() - y[0].to()));
            if (subject != null && slots.stream().noneMatch(x -> x.root() == subject)) {
                // "Funders include the Ford Foundation": the subject is the unnamed other end; it stands at the
                // sentence's start, so the words before the name are what lies between
                Slot implicit = new Slot(0, 0, subject, true);
                for (Slot b : slots) {
                    if (b.from() <= PairFeatures.MAX_GAP && !actorBefore(slots, b) && !unnamedBodyAfter(v, b)
                        && !lawAsModifier(v, b)) {
                        pairs.add(new Slot[] {implicit, b});
                    }
                }
            }
            PairFeatures.SentenceFacts[] facts = new PairFeatures.SentenceFacts[1];
            for (Slot[] p : pairs) {
                if (!seen.add(new Ends(p[0].root(), p[1].root())) || seen.contains(new Ends(p[1].root(), p[0].root()))) {
                    continue;
                }
                Slot a = p[0];
                Slot b = p[1];
                out.add(new PairCandidate(v, a.root(), b.root(), () -> {
                    if (facts[0] == null) {
                        facts[0] = features.prepare(v, itemLead); // once per sentence, when a first pair of it is judged
                    }
                    return features.of(v, facts[0], a, b, subject, stated);
                }));
            }
        }
        return out;
    }
}
