package io.powermap.ingest.format;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.powermap.ingest.config.IngestConfig;
import io.quarkus.runtime.Startup;

/** Starts the parser processes with the service (one per worker, killed at the time limit) and stops them with it. */
@Startup
@ApplicationScoped
public class ParserProcessLifecycle {

    public ParserProcessLifecycle(IngestConfig ingest, ParserConfig parser) {
        if (parser.isolated()) {
            ParserProcesses.start(new ParserProcesses.Settings(ingest.workers(), ingest.timeLimit(), parser.heap()));
        } else {
            ParserProcesses.stop();
        }
    }

    @PreDestroy
    void stop() {
        ParserProcesses.stop();
    }
}
