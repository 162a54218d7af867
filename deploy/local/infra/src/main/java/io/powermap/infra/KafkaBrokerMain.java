package io.powermap.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A single-node Apache Kafka broker in KRaft mode (broker and controller in one process).
 *
 * <p>Prints {@code KAFKA_READY <bootstrap servers>} on stdout once it accepts clients, and exits
 * when its parent goes away ({@code --exit-with <pid>}, or end of stdin).
 * Options: {@code --data <dir>} (kept across restarts), {@code --port}, {@code --controller-port}
 * (0 picks a free one), {@code --verbose true}.
 */
public final class KafkaBrokerMain {

    /** The longest a clean shutdown may take before the process halts. */
    private static final long SHUTDOWN_LIMIT_MILLIS = 20_000;

    private KafkaBrokerMain() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        Logs.configure(args.verbose());
        Path data = Path.of(args.get("data", "target/kafka-data")).toAbsolutePath();
        Files.createDirectories(data);
        int port = freeIfZero(args.port("port", 0));
        int controllerPort = freeIfZero(args.port("controller-port", 0));

        Path config = data.resolve("server.properties");
        Properties props = brokerProperties(data.resolve("logs"), port, controllerPort);
        try (var out = Files.newOutputStream(config)) {
            props.store(out, "written by KafkaBrokerMain on every start");
        }
        format(data, config);

        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        Runnable stop = () -> {
            // A shutdown can hang (seen once: a log-closing thread's cleaner called System.exit while this
            // hook ran, and each waited for the other), and a broker left running outlives its test JVM.
            Thread limit = new Thread(() -> {
                try {
                    Thread.sleep(SHUTDOWN_LIMIT_MILLIS);
                    System.err.println("broker shutdown took over " + SHUTDOWN_LIMIT_MILLIS + " ms: halting");
                    Runtime.getRuntime().halt(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "broker-shutdown-limit");
            limit.setDaemon(true);
            limit.start();
            server.shutdown();
            server.awaitShutdown();
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "broker-shutdown"));
        server.startup();
        ParentWatch.start(args.parentPid(), () -> System.exit(0));
        System.out.println("KAFKA_READY 127.0.0.1:" + port);
        System.out.flush();
        server.awaitShutdown();
    }

    static Properties brokerProperties(Path logDir, int port, int controllerPort) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        props.put("num.partitions", "1");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "3");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // A restarted broker is unfenced (and answers clients) on its first heartbeat after catching up
        // with the metadata log: every 500 ms instead of every 2 s (measured: the start waited 2 s for it).
        props.put("broker.heartbeat.interval.ms", "500");
        props.put("auto.create.topics.enable", "true");
        // a parsed document carries its text; see the services' max.request.size
        props.put("message.max.bytes", "16777216");
        return props;
    }

    /** Formats the log directory once; a restart keeps the cluster id and every record. */
    private static void format(Path data, Path config) throws IOException {
        Path clusterIdFile = data.resolve("cluster.id");
        if (!Files.exists(clusterIdFile)) {
            Files.writeString(clusterIdFile, Uuid.randomUuid().toString());
        }
        String clusterId = Files.readString(clusterIdFile).trim();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status = StorageTool.execute(new String[] {"format", "-t", clusterId, "-c", config.toString(),
            "--ignore-formatted"}, new PrintStream(output, true, StandardCharsets.UTF_8));
        if (status != 0) {
            throw new IllegalStateException("formatting " + data + " failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }

    private static int freeIfZero(int port) throws IOException {
        if (port != 0) {
            return port;
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
