package io.powermap.ingest.format;

import java.io.File;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The main class of a parser process when it is started with the service's own class path: Tika's
 * {@code ForkClient} appends {@code -jar <bootstrap jar> <pulse> <parse timeout> <wait timeout>} to the
 * command it is given, so this drops the first two and runs Tika's {@code ForkServer} with the rest.
 * Classes then load from the jars on disk (about a second to start) instead of one by one over the
 * pipe from the service (several seconds); a class not found on the class path still comes over it.
 */
public final class ParserProcessMain {

    private ParserProcessMain() {
    }

    public static void main(String[] args) throws Exception {
        String[] rest = args.length >= 2 && args[0].equals("-jar") ? Arrays.copyOfRange(args, 2, args.length) : args;
        Method main = Class.forName("org.apache.tika.fork.ForkServer").getDeclaredMethod("main", String[].class);
        main.setAccessible(true);
        main.invoke(null, (Object) rest);
    }

    /**
     * The class path a parser process can start from: this JVM's, when its system class loader sees
     * Tika and this class (plain java -cp, the test runner); the jars of a Quarkus fast-jar next to
     * quarkus-run.jar; else empty, and the process loads every class over the pipe.
     */
    static Optional<String> classPath() {
        String cp = System.getProperty("java.class.path", "");
        String[] entries = cp.split(File.pathSeparator);
        if (entries.length == 1 && entries[0].endsWith("quarkus-run.jar")) {
            Path app = Path.of(entries[0]).toAbsolutePath().getParent();
            List<Path> dirs = List.of(app.resolve("lib/boot"), app.resolve("lib/main"), app.resolve("app"));
            if (dirs.stream().allMatch(Files::isDirectory)) {
                return Optional.of(String.join(File.pathSeparator, dirs.stream().map(d -> d + File.separator + "*").toList()));
            }
            return Optional.empty();
        }
        ClassLoader system = ClassLoader.getSystemClassLoader();
        if (!cp.isBlank() && system.getResource("org/apache/tika/fork/ForkServer.class") != null
                && system.getResource(ParserProcessMain.class.getName().replace('.', '/') + ".class") != null) {
            return Optional.of(cp);
        }
        return Optional.empty();
    }
}
