package io.powermap.ingest.extraction.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import io.powermap.ingest.extraction.DocumentExtractor;
import io.powermap.ingest.extraction.DocumentRejectedException;
import io.powermap.ingest.extraction.Extraction;

/**
 * JMH: documents per second of {@link DocumentExtractor#extract} on one thread, over the corpus's .txt
 * documents cut or padded to 7 KB ({@link BenchmarkInputs}, the inputs {@link ExtractionBenchmark}
 * uses), taken in turn. One operation is one document, so the score in ops/s is documents/s.
 * Run: {@code ./mvnw -q -B -pl ingest-service test-compile exec:exec@jmh} (README); another corpus
 * with {@code -Djmh.args="-p corpus=/path/to/dir"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 5, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 5, timeUnit = TimeUnit.SECONDS)
public class ExtractionJmh {

    /** Corpus directory; the sample corpus by default (resolved from the module or the repository root). */
    @Param(BenchmarkInputs.DEFAULT_CORPUS)
    public String corpus;

    private DocumentExtractor extractor;
    private byte[][] documents;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        List<byte[]> docs = BenchmarkInputs.documents(BenchmarkInputs.corpus(corpus));
        documents = docs.toArray(new byte[0][]);
        extractor = new DocumentExtractor(BenchmarkInputs.MAX_TEXT_CHARS);
        next = 0;
    }

    /** Extracts the next document; the result goes to JMH's blackhole. */
    @Benchmark
    public Extraction extract() throws DocumentRejectedException {
        byte[] doc = documents[next];
        next = next + 1 == documents.length ? 0 : next + 1;
        return extractor.extract(doc, "text/plain", null);
    }
}
