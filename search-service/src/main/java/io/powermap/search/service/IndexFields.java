package io.powermap.search.service;

/** Field names of the index: one document per entity and one per relationship. */
final class IndexFields {

    // both kinds
    static final String ID = "id";
    static final String KIND = "kind";
    static final String TYPE = "type";
    static final String JSON = "json";
    static final String ENTITY = "entity";
    static final String RELATIONSHIP = "relationship";

    // relationships
    static final String SOURCE = "source";
    static final String TARGET = "target";
    /** The tie's id, type, ends and their names, one binary doc value ({@link TieSummary}). */
    static final String TIE = "tie";

    // entities: text (stemmed, folded). TEXT holds the name, aliases, descriptions and sentences, in that
    // order, with offsets: queries match one postings list a word, snippets come from its offsets. The name
    // and aliases are also indexed on their own, to rank names first.
    static final String TEXT = "text";
    static final String NAME = "name";
    static final String ALIAS = "alias";
    // snippet field names (not fields of the index: the values are in TEXT and HIT)
    static final String DESCRIPTION = "description";
    static final String EVIDENCE = "evidence";
    // entities: what a hit shows, one binary doc value (HitValues)
    static final String HIT = "hit";
    // entities: names as words (folded, not stemmed) for prefixes and misspellings, and as one key
    static final String NAME_WORDS = "name_words";
    static final String NAME_KEY = "name_key";
    static final String SUGGEST = "suggest";
    // entities: what they are tied to
    static final String TIE_TYPE = "tie_type";
    static final String PEER = "peer";
    static final String FUNDED_BY = "funded_by";
    static final String MEMBER = "member";
    static final String LEADER = "leader";
    static final String CONNECTIONS = "connections";
    static final String SORT_ID = "sort_id";

    // facet dimensions
    static final String DIM_TYPE = "type";
    static final String DIM_RELATIONSHIP = "relationship";
    static final String DIM_FUNDER = "funder";
    static final String DIM_MEMBER_OF = "memberOf";
    static final String DIM_HEADQUARTERS = "headquarters";

    private IndexFields() {
    }
}
