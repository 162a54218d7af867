package io.powermap.infra;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Parses {@code --name value} pairs; the launchers take only a handful of them. */
final class Args {

    private final Map<String, String> values = new HashMap<>();

    Args(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got: " + String.join(" ", args));
            }
            values.put(args[i].substring(2), args[++i]);
        }
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int port(String name, int fallback) {
        return Integer.parseInt(get(name, String.valueOf(fallback)));
    }

    Optional<Long> parentPid() {
        return Optional.ofNullable(values.get("exit-with")).map(Long::parseLong);
    }

    boolean verbose() {
        return Boolean.parseBoolean(get("verbose", "false"));
    }
}
