package io.powermap.search.service;

import static io.powermap.search.service.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.search.suggest.document.SuggestField;
import org.apache.lucene.util.BytesRef;

import io.powermap.contract.EntityChanged;
import io.powermap.contract.EventJson;
import io.powermap.contract.NameKeys;
import io.powermap.contract.RelationshipChanged;
import io.powermap.contract.RelationshipType;

/**
 * Turns changes into index documents. A relationship is stored as it came; an entity is stored
 * with what its ties say about it (their types, its funders, what it is a member of, its
 * neighbours, their sentences, how many there are), so one query over entities can filter, facet
 * and rank by all of it.
 */
final class EntityDocuments {

    /** Words of a name from which a suggestion may start ("Law Center" finds the whole name). */
    private static final int SUGGEST_WORD_STARTS = 4;

    static final FacetsConfig FACETS = facetsConfig();

    /**
     * The catch-all text that queries match and snippets are taken from: with offsets in the postings, so
     * the highlighter reads where words are instead of analysing the text again for every hit. Its values
     * are the name, aliases, descriptions and sentences, added as they are joined in the hit's text
     * ({@link #addText}, {@link HitValues}), so its offsets are those of that text.
     */
    private static final FieldType TEXT_TYPE = textType();

    private static FieldType textType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private EntityDocuments() {
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(DIM_RELATIONSHIP, true);
        config.setMultiValued(DIM_FUNDER, true);
        config.setMultiValued(DIM_MEMBER_OF, true);
        return config;
    }

    static Document relationship(RelationshipChanged tie) {
        Document doc = new Document();
        doc.add(new StringField(ID, tie.relationshipId(), Field.Store.NO));
        doc.add(new StringField(KIND, RELATIONSHIP, Field.Store.NO));
        doc.add(new StringField(TYPE, tie.type().name(), Field.Store.NO));
        doc.add(new StringField(SOURCE, tie.sourceId(), Field.Store.NO));
        doc.add(new StringField(TARGET, tie.targetId(), Field.Store.NO));
        doc.add(new StoredField(JSON, EventJson.write(tie)));
        doc.add(new BinaryDocValuesField(TIE, TieSummary.of(tie).encode()));
        return doc;
    }

    /**
     * @param ties the entity's ties, both directions; {@code connections} counts all of them
     * @param sentenceTokens the analysed evidence sentences, reused from earlier rebuilds
     */
    static Document entity(EntityChanged entity, EntityTies ties, int connections, SentenceTokens sentenceTokens) throws IOException {
        Document doc = new Document();
        String id = entity.entityId();
        doc.add(new StringField(ID, id, Field.Store.NO));
        doc.add(new SortedDocValuesField(SORT_ID, new BytesRef(id)));
        doc.add(new StringField(KIND, ENTITY, Field.Store.NO));
        doc.add(new StringField(TYPE, entity.type().name(), Field.Store.NO));
        String json = EventJson.write(entity);
        doc.add(new StoredField(JSON, json));
        doc.add(new SortedSetDocValuesFacetField(DIM_TYPE, entity.type().name()));

        HitValues.Builder text = new HitValues.Builder();
        addText(doc, text, HitValues.NAME_VALUES, entity.name());
        doc.add(new TextField(NAME, entity.name(), Field.Store.NO));
        names(entity).forEach(name -> {
            doc.add(new TextField(NAME_WORDS, name, Field.Store.NO));
            doc.add(new StringField(NAME_KEY, NameKeys.of(name), Field.Store.NO));
        });
        entity.aliases().forEach(alias -> {
            addText(doc, text, HitValues.ALIAS_VALUES, alias);
            doc.add(new TextField(ALIAS, alias, Field.Store.NO));
        });
        entity.attributes().forEach((key, value) -> addText(doc, text, HitValues.DESCRIPTION_VALUES, key + ": " + value));
        String headquarters = entity.attributes().get("headquarters");
        if (headquarters != null && !headquarters.isBlank()) {
            doc.add(new SortedSetDocValuesFacetField(DIM_HEADQUARTERS, headquarters.strip()));
        }
        addSuggestions(doc, entity, connections);
        addTies(doc, id, ties, text, sentenceTokens);
        doc.add(new NumericDocValuesField(CONNECTIONS, connections));
        doc.add(new StoredField(CONNECTIONS, connections));
        doc.add(new BinaryDocValuesField(HIT, text.encode(json, connections)));
        return FACETS.build(doc);
    }

    private static Set<String> names(EntityChanged entity) {
        Set<String> names = new LinkedHashSet<>();
        names.add(entity.name());
        names.addAll(entity.aliases());
        return names;
    }

    /** The name and aliases, each also from its second, third ... word on; weighted by connections. */
    private static void addSuggestions(Document doc, EntityChanged entity, int connections) {
        Set<String> inputs = new LinkedHashSet<>();
        for (String name : names(entity)) {
            String[] words = name.strip().split("\\s+");
            for (int i = 0; i < Math.min(words.length, SUGGEST_WORD_STARTS); i++) {
                inputs.add(String.join(" ", List.of(words).subList(i, words.length)));
            }
        }
        inputs.stream().filter(input -> !input.isBlank())
            .forEach(input -> doc.add(new SuggestField(SUGGEST, input, connections)));
    }

    private static void addTies(Document doc, String id, EntityTies ties, HitValues.Builder text, SentenceTokens sentenceTokens) {
        Set<String> types = new LinkedHashSet<>();
        Set<String> peers = new LinkedHashSet<>();
        Set<String> funders = new LinkedHashSet<>();
        Set<String> memberOf = new LinkedHashSet<>();
        List<String> peerFields = new ArrayList<>();
        for (TieSummary tie : ties.ties()) {
            boolean outgoing = tie.sourceId().equals(id);
            types.add(tie.type().name());
            peers.add(outgoing ? tie.targetId() : tie.sourceId());
            if (!outgoing && tie.type() == RelationshipType.FUNDING) {
                funders.add(tie.sourceName());
                peerFields.add(FUNDED_BY + "=" + tie.sourceId());
            } else if (!outgoing && tie.type() == RelationshipType.MEMBERSHIP) {
                peerFields.add(MEMBER + "=" + tie.sourceId());
            } else if (!outgoing && tie.type() == RelationshipType.POSITION) {
                peerFields.add(LEADER + "=" + tie.sourceId());
            } else if (outgoing && tie.type() == RelationshipType.MEMBERSHIP) {
                memberOf.add(tie.targetName());
            }
        }
        ties.sentences().forEach(sentence -> {
            doc.add(new Field(TEXT, sentenceTokens.of(sentence), TEXT_TYPE));
            text.add(HitValues.EVIDENCE_VALUES, sentence);
        });
        types.forEach(type -> {
            doc.add(new StringField(TIE_TYPE, type, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(DIM_RELATIONSHIP, type));
        });
        peers.forEach(peer -> doc.add(new StringField(PEER, peer, Field.Store.NO)));
        funders.stream().filter(EntityDocuments::usable).forEach(name -> doc.add(new SortedSetDocValuesFacetField(DIM_FUNDER, name)));
        memberOf.stream().filter(EntityDocuments::usable).forEach(name -> doc.add(new SortedSetDocValuesFacetField(DIM_MEMBER_OF, name)));
        new LinkedHashSet<>(peerFields).forEach(pair -> {
            int eq = pair.indexOf('=');
            doc.add(new StringField(pair.substring(0, eq), pair.substring(eq + 1), Field.Store.YES));
        });
    }

    /** A value of the catch-all field, and the same in the hit's text, in the same order. */
    private static void addText(Document doc, HitValues.Builder text, int field, String value) {
        doc.add(new Field(TEXT, value, TEXT_TYPE));
        text.add(field, value);
    }

    private static boolean usable(String label) {
        return label != null && !label.isBlank();
    }
}
