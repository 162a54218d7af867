package io.powermap.contract;

import java.util.HashMap;
import java.util.Map;

/**
 * The connection security of the services' Kafka channels, for the admin clients they make
 * themselves: from all kafka.* settings (Quarkus' {@code default-kafka-broker} map) it keeps the
 * non-empty {@code security.*}, {@code sasl.*} and {@code ssl.*} entries, so an admin client
 * reaches a SASL_SSL broker the way the channels do.
 */
public final class KafkaSecurity {

    private KafkaSecurity() {
    }

    /** A new mutable map of the security entries of {@code kafka}; empty when there are none. */
    public static Map<String, Object> of(Map<String, Object> kafka) {
        Map<String, Object> out = new HashMap<>();
        kafka.forEach((key, value) -> {
            if ((key.startsWith("security.") || key.startsWith("sasl.") || key.startsWith("ssl."))
                    && value != null && !value.toString().isEmpty()) {
                out.put(key, value);
            }
        });
        return out;
    }
}
