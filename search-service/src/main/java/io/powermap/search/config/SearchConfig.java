package io.powermap.search.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "powermap.search")
public interface SearchConfig {

    /** Where the Lucene index lives; it survives restarts and records the offsets it has applied. */
    String indexDir();

    /** Largest page of results. */
    @WithDefault("100")
    int maxResults();

    /** Longest query text accepted (400 above). */
    @WithDefault("500")
    int maxQueryLength();

    /** Time one query may take before it is answered with 503. */
    @WithDefault("2s")
    Duration queryTimeLimit();

    /**
     * Shortest time between two refreshes (changes made visible) while changes stream in; a
     * refresh also waits at least as long as the last one took, so that rebuilding the entities a
     * batch touched (a funder of thousands is rebuilt from its ties) takes at most about half of
     * the indexing time. Batches that come sooner are written and made visible together.
     */
    @WithDefault("50ms")
    Duration refreshInterval();

    /**
     * Longest time an entity with many ties (50 or more) may show a new tie late in its own document:
     * such an entity, touched by nearly every batch, is rebuilt at most this often unless its name,
     * aliases, attributes or type change. The tie itself is searchable at the next refresh.
     */
    @WithDefault("1s")
    Duration largeEntityInterval();

    /** A durable commit (with the Kafka offsets) at least this often while changes are pending. */
    @WithDefault("5s")
    Duration commitInterval();

    /** ... or as soon as this many changes are pending. */
    @WithDefault("20000")
    int commitChanges();

    /** profile-service, for evidence documents (title, URI) and paths; absent: neither is offered. */
    Optional<URI> profileUrl();

    /**
     * A bearer token (any role) sent to profile-service, needed only when its reads are closed
     * ({@code powermap.auth.public-reads=false} there); from the environment, never in an image.
     */
    Optional<String> profileToken();

    /** How long a call to profile-service may take. */
    @WithDefault("3s")
    Duration profileTimeout();
}
