package io.powermap.ingest.extraction.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.powermap.ingest.extraction.DocumentExtractor;
import io.powermap.ingest.extraction.DocumentRejectedException;

/**
 * Single-thread throughput on ~7 KB plain-text dossiers: the corpus's .txt documents padded or
 * trimmed to 7 KB (or generated text when the corpus is absent; see {@link BenchmarkInputs}). A quick
 * check; {@link ExtractionJmh} measures the same inputs under JMH with error bounds.
 * Prints wall-clock throughput and the extracting thread's CPU time per document.
 * Usage: ExtractionBenchmark [corpusDir] [seconds]
 */
public final class ExtractionBenchmark {

    public static void main(String[] args) throws IOException, DocumentRejectedException {
        Path dir = BenchmarkInputs.corpus(args.length > 0 ? args[0] : null);
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        List<byte[]> docs = BenchmarkInputs.documents(dir);
        DocumentExtractor extractor = new DocumentExtractor(BenchmarkInputs.MAX_TEXT_CHARS);
        long warmEnd = System.nanoTime() + 5_000_000_000L;
        int i = 0;
        while (System.nanoTime() < warmEnd) {
            extractor.extract(docs.get(i++ % docs.size()), "text/plain", null);
        }
        // CPU time of this thread, unlike wall time, hardly moves with what else the machine runs
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        int n = 0;
        long bytes = 0;
        while (System.nanoTime() < end) {
            byte[] d = docs.get(n % docs.size());
            extractor.extract(d, "text/plain", null);
            bytes += d.length;
            n++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        System.out.printf("documents: %d in %.2f s (%d distinct, mean %.1f KB)%n", n, elapsed, docs.size(), bytes / 1024.0 / n);
        System.out.printf("throughput: %.1f documents/s on one thread%n", n / elapsed);
        System.out.printf("mean latency: %.3f ms%n", elapsed * 1000 / n);
        System.out.printf("CPU per document (the extracting thread): %.3f ms, i.e. %.1f documents/s of one core%n",
            cpuMillis / n, n * 1000 / cpuMillis);
    }

    private ExtractionBenchmark() {
    }
}
