package io.powermap.ingest.format;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "powermap.parser")
public interface ParserConfig {

    /**
     * Whether Tika's parses (PDF, DOCX) run in child processes, one per worker, killed at the time
     * limit; false parses them in the service's own process, where they cannot be stopped.
     */
    @WithDefault("true")
    boolean isolated();

    /** Heap of each parser process (its -Xmx): a document that needs more is refused as unreadable. */
    @WithDefault("256m")
    String heap();
}
