package io.powermap.ingest.extraction.mentions;

import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.RelationDraft;
import io.powermap.ingest.extraction.lexicon.Gazetteer;
import io.powermap.ingest.extraction.mentions.learned.TypeJudge;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;

/**
 * Settles the type of names no rule typed, from the ties they take part in: an end that a tie
 * allows to be only one type gets that type ("X is the treasurer of Y": X a person), and an end
 * that may be a person or an organization is an organization unless its shape (a listed first
 * name and a surname) or the type model says person. Rules propose; this is the one place that decides.
 */
public final class TypeSettler {

    private final Gazetteer g;
    private final TypeJudge judge;

    /** @param judge types the names neither a rule nor a tie typed ({@link TypeJudge#NONE}: they stay untyped) */
    public TypeSettler(Gazetteer g, TypeJudge judge) {
        this.g = g;
        this.judge = judge;
    }

    /**
     * Types from ties first, then the learned judge for names still untyped.
     *
     * @param views the document's sentences, which the judge reads around each name
     */
    public void settle(List<RelationDraft> relations, List<EntityDraft> drafts, List<SentenceView> views) {
        settle(relations, views);
        for (EntityDraft d : drafts) {
            if (d.mergedInto == null && d.type == null && !d.mentions.isEmpty() && !g.isPlace(d.name)) {
                EntityType t = judge.judge(d, views);
                if (t != null) {
                    d.type = t;
                    d.strength = Mention.GUESS;
                }
            }
        }
    }

    public void settle(List<RelationDraft> relations) {
        settle(relations, null);
    }

    /** @param views when given, the judge decides an end that may be a person or an organization and has no person's shape */
    private void settle(List<RelationDraft> relations, List<SentenceView> views) {
        // two passes: a tie typed in the first pass can narrow the other end of a tie in the second
        for (int pass = 0; pass < 2; pass++) {
            for (RelationDraft r : relations) {
                EntityDraft s = r.source.root();
                EntityDraft t = r.target.root();
                if (s.type == null && t.type != null) {
                    settle(s, r.type.sourceTypes(), r.type, t.type, true, views);
                } else if (t.type == null && s.type != null) {
                    settle(t, r.type.targetTypes(), r.type, s.type, false, views);
                } else if (s.type == null && t.type == null && pass == 1) {
                    settle(s, r.type.sourceTypes(), null, null, true, views);
                    settle(t, r.type.targetTypes(), r.type, s.type, false, views);
                }
            }
        }
    }

    private void settle(EntityDraft d, Set<EntityType> allowed, RelationshipType type, EntityType other, boolean source,
        List<SentenceView> views) {
        if (d.type != null || d.mentions.isEmpty() || Cues.isCueWord(d.name)) {
            return;
        }
        EntityType chosen = null;
        if (allowed.size() == 1) {
            chosen = allowed.iterator().next();
        } else if (allowed.contains(EntityType.ORGANIZATION)) {
            chosen = allowed.contains(EntityType.PERSON) && looksLikePerson(d.name) ? EntityType.PERSON : EntityType.ORGANIZATION;
            if (chosen == EntityType.ORGANIZATION && allowed.contains(EntityType.PERSON) && views != null && !g.isPlace(d.name)) {
                // "founded by Mereana Tuhoe-Kerr": either kind of founder; the words around the name decide, not a list
                EntityType judged = judge.judge(d, views);
                if (judged == EntityType.PERSON) {
                    chosen = judged;
                }
            }
        }
        if (chosen == null || type != null && other != null
            && !(source ? type.allows(chosen, other) : type.allows(other, chosen))) {
            return;
        }
        d.type = chosen;
        d.strength = Mention.CONTEXT;
    }

    private boolean looksLikePerson(String name) {
        String[] words = name.split(" ");
        return words.length >= 2 && words.length <= 4 && g.firstNames.contains(words[0]);
    }
}
