package io.powermap.ingest.format;

import java.util.List;
import java.util.Set;

import org.apache.tika.config.ServiceLoader;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.DefaultParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;

/**
 * Tika's own parsers for every type they read, {@link IsolatedParser} left out: what actually reads a
 * document, in this process or in a parser process. Built once per class loader, on first use.
 */
final class StandardTika {

    private StandardTika() {
    }

    private static final class Holder {
        static final DefaultParser PARSERS;
        static final AutoDetectParser PARSER;
        static final Set<MediaType> TYPES;

        static {
            ClassLoader loader = StandardTika.class.getClassLoader();
            PARSERS = new DefaultParser(MediaTypeRegistry.getDefaultRegistry(), new ServiceLoader(loader),
                List.of(IsolatedParser.class));
            PARSER = new AutoDetectParser(new DefaultDetector(loader), PARSERS);
            TYPES = Set.copyOf(PARSERS.getSupportedTypes(new ParseContext()));
        }
    }

    /** Detects the type again and parses with Tika's parser for it (embedded documents too). */
    static Parser parser() {
        return Holder.PARSER;
    }

    static Set<MediaType> types() {
        return Holder.TYPES;
    }
}
