package io.powermap.ingest.messaging;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.jboss.logging.Logger;

import io.powermap.contract.Topics;

/**
 * documents.status must be compacted: it is every document's latest step, read from the beginning
 * by every instance at start. Created that way (or made so) before the view reads it; an
 * auto-created topic would keep every step forever.
 */
@ApplicationScoped
public class StatusTopic {

    private static final Logger LOG = Logger.getLogger(StatusTopic.class);

    /** Best effort: where topics are managed outside, set powermap.status.manage-topic=false. */
    void ensureCompacted(Map<String, Object> adminConfig) throws InterruptedException {
        try (Admin admin = Admin.create(adminConfig)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            if (!existing.contains(Topics.DOCUMENTS_STATUS)) {
                admin.createTopics(List.of(new NewTopic(Topics.DOCUMENTS_STATUS, 1, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                    .all().get(30, TimeUnit.SECONDS);
                LOG.infof("created compacted topic %s", Topics.DOCUMENTS_STATUS);
            } else {
                ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.DOCUMENTS_STATUS);
                admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT),
                    AlterConfigOp.OpType.SET)))).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("could not make %s compacted (%s); set powermap.status.manage-topic=false where topics are "
                + "managed outside", Topics.DOCUMENTS_STATUS, e.getMessage());
        }
    }
}
