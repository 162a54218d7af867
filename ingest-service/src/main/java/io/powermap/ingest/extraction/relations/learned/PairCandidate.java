package io.powermap.ingest.extraction.relations.learned;

import java.util.List;
import java.util.function.Supplier;

import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;

/**
 * Two entities named in one sentence, {@code first} before {@code second}, with the features the
 * pair model reads ({@link PairFeatures}), computed when first asked for: a pair the rule sets aside
 * costs nothing more. A verdict's direction is relative to this order. Not thread-safe: one document's.
 */
public final class PairCandidate {

    private final SentenceView view;
    private final EntityDraft first;
    private final EntityDraft second;
    private Supplier<List<String>> compute;
    private List<String> features;

    public PairCandidate(SentenceView view, EntityDraft first, EntityDraft second, Supplier<List<String>> features) {
        this.view = view;
        this.first = first;
        this.second = second;
        this.compute = features;
    }

    public SentenceView view() {
        return view;
    }

    public EntityDraft first() {
        return first;
    }

    public EntityDraft second() {
        return second;
    }

    public List<String> features() {
        if (features == null) {
            features = compute.get();
            compute = null;
        }
        return features;
    }
}
