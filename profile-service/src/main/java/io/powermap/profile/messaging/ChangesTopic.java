package io.powermap.profile.messaging;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.jboss.logging.Logger;

import io.powermap.contract.KafkaSecurity;
import io.powermap.contract.Topics;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * profiles.changes must be compacted: it is the replayable state of the graph, one latest record
 * per entity and relationship. Created that way here, since an auto-created topic would not be.
 */
@ApplicationScoped
public class ChangesTopic {

    private static final Logger LOG = Logger.getLogger(ChangesTopic.class);

    private final Map<String, Object> adminConfig;
    private final boolean manage;

    /** {@code kafka} holds every channel's connection settings (kafka.*), TLS and SASL included in production. */
    public ChangesTopic(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                        @ConfigProperty(name = "powermap.profile.manage-topics", defaultValue = "true") boolean manage,
                        @Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.manage = manage;
        this.adminConfig = KafkaSecurity.of(kafka);
        adminConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    }

    void onStart(@Observes StartupEvent event) throws InterruptedException {
        if (!manage) {
            return;
        }
        try (Admin admin = Admin.create(adminConfig)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            if (!existing.contains(Topics.PROFILES_CHANGES)) {
                admin.createTopics(List.of(new NewTopic(Topics.PROFILES_CHANGES, 1, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                    .all().get(30, TimeUnit.SECONDS);
                LOG.infof("created compacted topic %s", Topics.PROFILES_CHANGES);
            } else {
                ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.PROFILES_CHANGES);
                admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT),
                    AlterConfigOp.OpType.SET)))).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warnf("could not make %s compacted (%s); set powermap.profile.manage-topics=false where topics are "
                + "managed outside", Topics.PROFILES_CHANGES, e.getMessage());
        }
    }
}
