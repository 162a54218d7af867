package io.powermap.ingest.format;

import java.time.Duration;
import java.util.Arrays;

import io.powermap.ingest.extraction.DocumentExtractor;

/**
 * What the parser processes cost per PDF and DOCX: the same documents (generated ones, or the PDF
 * and DOCX named after the count) extracted in process and through a parser process, after a
 * warm-up; the median wall time and the CPU time per document of this process and its parser
 * processes together (CPU is what stays comparable on a shared machine), and what a new process's
 * first document costs. Run from ingest-service with the test class path:
 * <pre>
 * ../mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/bench-classpath.txt) io.powermap.ingest.format.ParserProcessBench 200 [a.pdf] [b.docx]
 * </pre>
 * (exec:java would do, but its class path is not one a parser process can start from, so each would
 * load its classes over the pipe.)
 */
public final class ParserProcessBench {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        String[] lines = new String[40];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = Documents.LINES[2 + i % 2];
        }
        byte[] pdf = Documents.pdf(lines);
        byte[] docx = Documents.docx(lines);
        for (int i = 1; i < args.length; i++) {
            byte[] file = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(args[i]));
            if (args[i].endsWith(".pdf")) {
                pdf = file;
            } else if (args[i].endsWith(".docx")) {
                docx = file;
            }
        }
        DocumentExtractor extractor = new DocumentExtractor(2_000_000);

        ParserProcesses.stop();
        double[] pdfHere = measure(extractor, pdf, "application/pdf", n);
        double[] docxHere = measure(extractor, docx, Documents.DOCX, n);

        ParserProcesses.start(new ParserProcesses.Settings(1, Duration.ofSeconds(60), "256m"));
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        extractor.extract(pdf, "application/pdf", null);
        double first = (System.nanoTime() - t0) / 1e6;
        double firstCpu = (cpuNanos() - cpu0) / 1e6;
        double[] pdfThere = measure(extractor, pdf, "application/pdf", n);
        double[] docxThere = measure(extractor, docx, Documents.DOCX, n);
        ParserProcesses.stop();

        report("PDF ", pdf.length, pdfHere, pdfThere);
        report("DOCX", docx.length, docxHere, docxThere);
        System.out.printf("first PDF in a new parser process: %.0f ms wall, %.0f ms CPU (service and process)%n", first, firstCpu);
    }

    private static void report(String kind, int bytes, double[] here, double[] there) {
        System.out.printf("%s (%d bytes): in process %.1f ms wall / %.1f ms CPU; parser process %.1f ms wall / %.1f ms CPU"
            + " (CPU %+.1f ms per document)%n", kind, bytes, here[0], here[1], there[0], there[1], there[1] - here[1]);
    }

    /** @return the median wall time and the mean CPU time (this process and its children) per document, in ms */
    private static double[] measure(DocumentExtractor extractor, byte[] doc, String type, int n) throws Exception {
        for (int i = 0; i < Math.max(30, n / 3); i++) {
            extractor.extract(doc, type, null);
        }
        double[] ms = new double[n];
        long cpu = cpuNanos();
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            extractor.extract(doc, type, null);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        double cpuPer = (cpuNanos() - cpu) / 1e6 / n;
        Arrays.sort(ms);
        return new double[] {ms[n / 2], cpuPer};
    }

    private static long cpuNanos() {
        long self = ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
        return self + ProcessHandle.current().children()
            .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
    }
}
