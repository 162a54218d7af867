package io.powermap.ingest.extraction.relations;

import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.resolution.EntityDraft;

/**
 * What reading carries from one sentence to the next within one document, and nothing else: the
 * list a lead-in or heading announced, and the last year named. Written by the engine and the list
 * reader only; rules may read it.
 */
public final class ReadingState {

    /** The tie a lead-in ending with a colon promised its items ("FAIR has backed the following measures:"). */
    public RelationshipType listStance;
    /** Whose tie that is. */
    public EntityDraft listActor;
    /** Whether that FUNDING list names whom the actor pays ("grants go to:") rather than who pays it. */
    public boolean listGives;
    /** The tie a heading ("Affiliates", "Funders", "Members") promises the list under it. */
    public RelationshipType headingStance;
    /** The last year named in the sentences read so far ("in the same year"). */
    public String lastYear;
}
