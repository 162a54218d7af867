package io.powermap.search.support;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.powermap.search.config.SearchConfig;

/** A search configuration for a {@code LuceneIndex} built in a test's own folder, without profile-service. */
public final class IndexConfigs {

    private IndexConfigs() {
    }

    /** Commits after {@code commitChanges} changes or {@code commitInterval}; refresh interval 50 ms, large entities every 1 s. */
    public static SearchConfig inFolder(Path dir, int commitChanges, Duration commitInterval) {
        return inFolder(dir, commitChanges, commitInterval, Duration.ofSeconds(1));
    }

    /** As above, with large entities rebuilt at most every {@code largeEntityInterval}. */
    public static SearchConfig inFolder(Path dir, int commitChanges, Duration commitInterval, Duration largeEntityInterval) {
        return new SearchConfig() {
            public String indexDir() { return dir.toString(); }
            public int maxResults() { return 100; }
            public int maxQueryLength() { return 500; }
            public Duration queryTimeLimit() { return Duration.ofSeconds(2); }
            public Duration refreshInterval() { return Duration.ofMillis(50); }
            public Duration largeEntityInterval() { return largeEntityInterval; }
            public Duration commitInterval() { return commitInterval; }
            public int commitChanges() { return commitChanges; }
            public Optional<URI> profileUrl() { return Optional.empty(); }
            public Optional<String> profileToken() { return Optional.empty(); }
            public Duration profileTimeout() { return Duration.ofSeconds(1); }
        };
    }
}
