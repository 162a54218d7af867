package io.powermap.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class KafkaSecurityTest {

    @Test
    void shouldKeepOnlyTheConnectionSecurityThatIsSet() {
        Map<String, Object> kafka = new HashMap<>();
        kafka.put("bootstrap.servers", "broker:9093");
        kafka.put("security.protocol", "SASL_SSL");
        kafka.put("sasl.mechanism", "SCRAM-SHA-512");
        kafka.put("ssl.truststore.location", "");
        kafka.put("group.id", "profile-service");
        assertEquals(Map.of("security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512"), KafkaSecurity.of(kafka));
    }
}
