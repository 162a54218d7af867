package io.powermap.search.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "powermap.search")
public interface SearchConfig {

    /** Where the Lucene index lives; it survives restarts and records the offsets it has applied. */
    String indexDir();

    /** Largest page of results. */
    @WithDefault("100")
    int maxResults();
}
