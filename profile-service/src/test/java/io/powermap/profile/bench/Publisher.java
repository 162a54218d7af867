package io.powermap.profile.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import io.powermap.contract.Topics;

/**
 * The benchmark's publisher, in a JVM of its own, as the service's clients are. A producer in the
 * service's JVM (the Quarkus test's) shares the Kafka client's compiled code with the service's own
 * producers: the new one the benchmark made for its measured part hit uncommon traps in that code
 * (a client not yet connected takes branches the relay's never does), so the compiled Sender and
 * NetworkClient were thrown away and compiled again while the service was being measured, and
 * the service's Kafka metrics binder registered the new client's metrics.
 *
 * <p>Commands on stdin, one a line: {@code load FILE} (lines of key TAB payload; JSON escapes
 * tabs and line ends, so neither occurs in a payload) answered by {@code loaded N}, then
 * {@code send}: publishes what was loaded and flushes, answered by {@code sent}.
 */
final class Publisher implements AutoCloseable {

    private final Process process;
    private final BufferedReader answers;
    private final PrintWriter commands;

    private Publisher(Process process) {
        this.process = process;
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.commands = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
    }

    /** Starts the publisher's JVM on this JVM's class path; its log goes to target/bench-publisher.log. */
    static Publisher start(String bootstrapServers) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
            Publisher.class.getName(), bootstrapServers))
            .redirectError(new File("target", "bench-publisher.log"))
            .start();
        return new Publisher(process);
    }

    long pid() {
        return process.pid();
    }

    /** Writes the records to a file and has the publisher read them, so that sending starts at once. */
    void load(List<String> keys, List<String> payloads) throws IOException {
        Path file = Path.of("target", "bench-records-" + process.pid() + ".tsv").toAbsolutePath();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < keys.size(); i++) {
                out.append(keys.get(i)).append('\t').append(payloads.get(i)).append('\n');
            }
        }
        commands.println("load " + file);
        await("loaded " + keys.size());
        Files.delete(file);
    }

    /** Publishes what was loaded; returns when the broker has it all. */
    void send() throws IOException {
        commands.println("send");
        await("sent");
    }

    private void await(String answer) throws IOException {
        for (String line; (line = answers.readLine()) != null;) {
            if (line.equals(answer)) {
                return;
            }
        }
        throw new IOException("the publisher ended before answering '" + answer + "' (see target/bench-publisher.log)");
    }

    @Override
    public void close() throws InterruptedException {
        commands.close();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroy();
        }
    }

    public static void main(String[] args) throws IOException {
        // batches of many records: a document is about 45 KB, so the default 16 KB batch held one
        // record each, and publishing 2,000 took 15 to 27 s, a ceiling of about 100 documents/s on
        // what the benchmark could measure (it times from the first send)
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0],
            ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
            ProducerConfig.BATCH_SIZE_CONFIG, 1024 * 1024, ProducerConfig.BUFFER_MEMORY_CONFIG, 256L * 1024 * 1024,
            ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            List<String[]> records = List.of();
            for (String line; (line = in.readLine()) != null;) {
                if (line.startsWith("load ")) {
                    records = Files.readAllLines(Path.of(line.substring(5)), StandardCharsets.UTF_8).stream()
                        .map(record -> record.split("\t", 2)).toList();
                    System.out.println("loaded " + records.size());
                } else if (line.equals("send")) {
                    for (String[] record : records) {
                        producer.send(new ProducerRecord<>(Topics.DOCUMENTS_PARSED, record[0], record[1]));
                    }
                    producer.flush();
                    System.out.println("sent");
                }
            }
        }
    }
}
