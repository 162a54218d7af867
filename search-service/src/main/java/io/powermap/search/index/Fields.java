package io.powermap.search.index;

/** Field names of the index; one document per entity and one per relationship. */
final class Fields {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String TYPE = "type";
    static final String NAME = "name";
    static final String ALIASES = "aliases";
    static final String ATTRIBUTES = "attributes";
    static final String SOURCE = "source";
    static final String TARGET = "target";
    static final String JSON = "json";

    static final String ENTITY = "entity";
    static final String RELATIONSHIP = "relationship";

    private Fields() {
    }
}
