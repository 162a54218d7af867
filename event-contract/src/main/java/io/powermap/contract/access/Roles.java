package io.powermap.contract.access;

/**
 * The roles a bearer token (JWT, claim {@code groups}) can carry. Reads need none unless
 * {@code powermap.auth.public-reads=false}, then any valid token reads.
 */
public final class Roles {

    /** Upload documents over REST (ingest-service). */
    public static final String INGEST = "ingest";
    /** Correct the graph: merge, split, edit, delete, mark wrong (profile-service). */
    public static final String EDITOR = "editor";
    /** Restricted operations: exports when {@code powermap.auth.restrict-exports=true}. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
