package io.powermap.ingest.extraction.relations;

import java.util.Set;
import java.util.function.Predicate;

import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.lexicon.Gazetteer;
import io.powermap.ingest.extraction.resolution.SentenceView;

/** What a rule sees while one document is read: its subject, the word lists, the reading state and the store. */
public final class RelationContext {

    private final Gazetteer gazetteer;
    private final EntityDraft subject;
    private final Set<String> campaignNouns;
    private final Predicate<String> acronym;
    private final RelationStore store = new RelationStore();
    private final ReadingState state = new ReadingState();
    private int consumedThrough;

    RelationContext(Gazetteer gazetteer, Set<String> campaignNouns, Predicate<String> acronym, EntityDraft subject) {
        this.gazetteer = gazetteer;
        this.campaignNouns = campaignNouns;
        this.acronym = acronym;
        this.subject = subject;
    }

    /** The organization the document is about, or null; the default actor or owner when a sentence names none. */
    public EntityDraft subject() {
        return subject;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Nouns that name a campaign ("campaign", "program", "initiative"), as the name chunker reads them. */
    public Set<String> campaignNouns() {
        return campaignNouns;
    }

    /** Whether a name is an acronym ("HTU", "NAACP"), as the entity resolver reads it. */
    public boolean isAcronym(String name) {
        return acronym.test(name);
    }

    public ReadingState state() {
        return state;
    }

    public RelationStore store() {
        return store;
    }

    /** States a relationship found in sentence {@code v} by rule {@code rule}; a fact stated again returns the draft held. */
    public RelationDraft add(String rule, RelationshipType type, EntityDraft source, EntityDraft target, SentenceView v) {
        return store.add(rule, type, source, target, v.sentence.index());
    }

    /** A cue of several words ("executive director") tells the engine not to read its later words as cues again. */
    public void consumedThrough(int token) {
        consumedThrough = Math.max(consumedThrough, token);
    }

    int startCue(int cue) {
        consumedThrough = cue;
        return cue;
    }

    int consumedThrough() {
        return consumedThrough;
    }
}
