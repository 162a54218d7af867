package io.powermap.ingest.extraction.resolution;

import java.util.ArrayList;
import java.util.List;
import io.powermap.ingest.extraction.text.Sentence;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.mentions.Mention;

/** A sentence with its tokens, the names found in it and the references resolved to entities. */
public final class SentenceView {

    public final Sentence sentence;
    public final List<Token> tokens;
    public final List<Mention> mentions;
    /** Every argument the relation rules may use: named mentions plus resolved pronouns and group nouns. */
    public final List<Slot> slots = new ArrayList<>();
    public String heading;

    public SentenceView(Sentence sentence, List<Token> tokens, List<Mention> mentions) {
        this.sentence = sentence;
        this.tokens = tokens;
        this.mentions = mentions;
    }

    /** An entity taking part in a sentence at token positions [from, to). */
    public record Slot(int from, int to, EntityDraft entity, boolean reference) {
        public EntityDraft root() {
            return entity.root();
        }
    }
}
