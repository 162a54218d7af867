package io.powermap.contract;

/** Typed ties between entities; the direction of each is fixed (source → target). */
public enum RelationshipType {
    /** person → organization; role is the title. */
    POSITION,
    /** member → group it belongs to. */
    MEMBERSHIP,
    /** funder → recipient. */
    FUNDING,
    /** parent → chapter, affiliate or subsidiary. */
    HIERARCHY,
    /** organization → campaign it runs. */
    CAMPAIGN,
    /** actor → legislation, campaign or organization it backs. */
    SUPPORTS,
    /** actor → legislation, campaign or organization it fights. */
    OPPOSES,
    /** founder → organization. */
    FOUNDED,
    /** a looser stated tie. */
    AFFILIATION,
    /** person → person. */
    FAMILY
}
