package io.powermap.ingest.extraction.relations;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.text.Money;

/**
 * A relationship found by the rules, before its ends are resolved to output ids. The first rule and
 * sentence that stated it are {@link #rule} and {@link #sentence}; every rule that stated it again
 * and every sentence it was stated in are kept too, in the order they were found.
 */
public final class RelationDraft {

    public final RelationshipType type;
    public final EntityDraft source;
    public final EntityDraft target;
    /** The sentence that first stated it. */
    public final int sentence;
    /** The id of the rule that first stated it ("funding.gave"). */
    public final String rule;
    public String role;
    public String start;
    public String end;
    public Boolean current;
    public BigDecimal amount;
    public String currency;
    private final List<Integer> sentences = new ArrayList<>(2);
    private final List<String> rules = new ArrayList<>(2);

    RelationDraft(String rule, RelationshipType type, EntityDraft source, EntityDraft target, int sentence) {
        this.rule = rule;
        this.type = type;
        this.source = source;
        this.target = target;
        this.sentence = sentence;
        sentences.add(sentence);
        rules.add(rule);
    }

    /** The same fact stated again, maybe by another rule or in another sentence. */
    void restated(String byRule, int inSentence) {
        if (!sentences.contains(inSentence)) {
            sentences.add(inSentence);
        }
        if (!rules.contains(byRule)) {
            rules.add(byRule);
        }
    }

    /** Every sentence index that states it, the first one first. */
    public List<Integer> sentences() {
        return Collections.unmodifiableList(sentences);
    }

    /** The id of every rule that stated it, the first one first. */
    public List<String> rules() {
        return Collections.unmodifiableList(rules);
    }

    @Override
    public String toString() {
        return type + " " + source + " -> " + target + " " + rules + " " + sentences;
    }

    /** Takes the amount and its currency from {@code money}; nothing when it is null. */
    public void money(Money.Amount money) {
        if (money != null) {
            amount = money.value();
            currency = money.currency();
        }
    }
}
