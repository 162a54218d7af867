package io.powermap.contract;

/** Topic and header names; services and tests share these so a rename cannot drift. */
public final class Topics {

    /** Raw documents streamed in by clients; key: the client's document id. */
    public static final String DOCUMENTS_RAW = "documents.raw";
    /** One {@link DocumentParsed} per document; key: the document id. */
    public static final String DOCUMENTS_PARSED = "documents.parsed";
    /** {@link DocumentFailed}: documents that could not be processed, with reason and payload. */
    public static final String DOCUMENTS_DLQ = "documents.dlq";
    /** {@link ProfileChange}s of profile-service, compacted; the only input of search-service. */
    public static final String PROFILES_CHANGES = "profiles.changes";
    /**
     * {@link DocumentStatusEvent}s, compacted: each document's latest step, keyed by document id
     * (and, for a documents.raw record sent with a key, also under {@link DocumentStatusEvent#keyRecord}).
     */
    public static final String DOCUMENTS_STATUS = "documents.status";

    /** Header of a raw document: its media type, as in HTTP. */
    public static final String HEADER_CONTENT_TYPE = "content-type";
    /** Header of a raw document: where it came from; becomes the document id when present. */
    public static final String HEADER_SOURCE_URI = "source-uri";

    private Topics() {
    }
}
