package io.powermap.contract;

import java.util.EnumSet;
import java.util.Set;

/**
 * Typed ties between entities; the direction of each is fixed (source → target), and so are the
 * entity types each end may have. Producers check {@link #allows} before publishing a tie.
 */
public enum RelationshipType {
    /** person → organization; role is the title. */
    POSITION(Ends.PERSON, Ends.ORGANIZATION),
    /** member → group it belongs to. */
    MEMBERSHIP(Ends.ACTORS, Ends.ORGANIZATION),
    /** funder → recipient. */
    FUNDING(Ends.ACTORS, EnumSet.of(EntityType.ORGANIZATION, EntityType.CAMPAIGN)),
    /** parent → chapter, affiliate or subsidiary. */
    HIERARCHY(Ends.ORGANIZATION, Ends.ORGANIZATION),
    /** organization → campaign it runs. */
    CAMPAIGN(Ends.ORGANIZATION, EnumSet.of(EntityType.CAMPAIGN)),
    /** actor → legislation, campaign or organization it backs. */
    SUPPORTS(Ends.ACTORS, Ends.NOT_PERSON),
    /** actor → legislation, campaign or organization it fights. */
    OPPOSES(Ends.ACTORS, Ends.NOT_PERSON),
    /** founder → organization. */
    FOUNDED(Ends.ACTORS, Ends.ORGANIZATION),
    /** a looser stated tie. */
    AFFILIATION(Ends.ACTORS, Ends.ACTORS),
    /** person → person. */
    FAMILY(Ends.PERSON, Ends.PERSON);

    private final Set<EntityType> sources;
    private final Set<EntityType> targets;

    RelationshipType(Set<EntityType> sources, Set<EntityType> targets) {
        this.sources = Set.copyOf(sources);
        this.targets = Set.copyOf(targets);
    }

    /** The entity types the source may have. */
    public Set<EntityType> sourceTypes() {
        return sources;
    }

    /** The entity types the target may have. */
    public Set<EntityType> targetTypes() {
        return targets;
    }

    /** Whether a tie of this type may run from an entity of type {@code source} to one of type {@code target}. */
    public boolean allows(EntityType source, EntityType target) {
        return sources.contains(source) && targets.contains(target);
    }

    private static final class Ends {
        static final Set<EntityType> PERSON = EnumSet.of(EntityType.PERSON);
        static final Set<EntityType> ORGANIZATION = EnumSet.of(EntityType.ORGANIZATION);
        static final Set<EntityType> ACTORS = EnumSet.of(EntityType.ORGANIZATION, EntityType.PERSON);
        static final Set<EntityType> NOT_PERSON = EnumSet.of(EntityType.ORGANIZATION, EntityType.LEGISLATION, EntityType.CAMPAIGN);
    }
}
