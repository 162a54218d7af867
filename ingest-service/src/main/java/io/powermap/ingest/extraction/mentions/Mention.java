package io.powermap.ingest.extraction.mentions;

import io.powermap.contract.EntityType;
import io.powermap.ingest.extraction.resolution.EntityDraft;

/** A capitalised name found in one sentence, with the type its own words or context suggest. */
public final class Mention {

    /** How sure the type is: a keyword or gazetteer beats context, context beats a guess. */
    public static final int GUESS = 1;
    public static final int CONTEXT = 2;
    public static final int LEXICAL = 3;

    public final int sentence;
    public final int tokStart;
    public final int tokEnd;
    public final int start;
    public final int end;
    public final String name;
    public EntityType type;
    public int strength;
    public boolean hadTitle;
    /** Another form the same name takes: with its place ("of Los Angeles") or without its year ("of 2013"). */
    public String alternateName;
    public EntityDraft entity;

    public Mention(int sentence, int tokStart, int tokEnd, int start, int end, String name, EntityType type, int strength) {
        this.sentence = sentence;
        this.tokStart = tokStart;
        this.tokEnd = tokEnd;
        this.start = start;
        this.end = end;
        this.name = name;
        this.type = type;
        this.strength = strength;
    }

    public boolean isAcronym() {
        if (name.length() < 2 || name.length() > 8 || name.indexOf(' ') >= 0) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2;
    }

    @Override
    public String toString() {
        return name + "/" + type + "/" + strength;
    }
}
