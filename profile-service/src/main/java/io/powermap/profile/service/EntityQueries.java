package io.powermap.profile.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.powermap.contract.EntityType;
import io.powermap.contract.NameKeys;
import io.powermap.profile.domain.ProfileEntity;
import io.powermap.profile.domain.Relationship;
import io.powermap.profile.domain.RelationshipEvidence;
import io.powermap.profile.domain.SourceDocument;
import io.powermap.profile.service.EntityView.Side;
import io.powermap.profile.service.EntityView.Tie;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EntityQueries {

    public Optional<EntityView> find(UUID id) {
        return ProfileEntity.<ProfileEntity>findByIdOptional(id).map(EntityQueries::view);
    }

    public List<EntityView.Summary> search(String name, EntityType type, int page, int size) {
        return ProfileEntity.search(NameKeys.of(name), type, page, size).stream().map(EntityQueries::summary).toList();
    }

    private static EntityView view(ProfileEntity entity) {
        List<Relationship> found = Relationship.findByEntity(entity);
        Map<String, SourceDocument> sources = SourceDocument.<SourceDocument>list("id in ?1", found.stream()
            .flatMap(tie -> tie.evidence.stream().map(e -> e.documentId)).distinct().toList()).stream()
            .collect(Collectors.toMap(d -> d.id, d -> d));
        List<Tie> ties = found.stream().map(tie -> {
            boolean outgoing = tie.source.id.equals(entity.id);
            ProfileEntity other = outgoing ? tie.target : tie.source;
            return new Tie(tie.id, tie.type, outgoing ? Side.OUTGOING : Side.INCOMING, summary(other), tie.role,
                tie.startYear, tie.endYear, tie.current, tie.amount, tie.currency, tie.confidence,
                tie.evidence.stream().map(e -> source(e, sources.get(e.documentId))).toList());
        }).toList();
        return new EntityView(entity.id, entity.type, entity.name, entity.aliasNames(), entity.attributes,
            List.copyOf(entity.documentIds), ties);
    }

    private static EntityView.Summary summary(ProfileEntity entity) {
        return new EntityView.Summary(entity.id, entity.type, entity.name, entity.aliasNames());
    }

    private static EntityView.Source source(RelationshipEvidence evidence, SourceDocument document) {
        return new EntityView.Source(evidence.documentId, document == null ? null : document.uri,
            document == null ? null : document.title, evidence.sentence, evidence.startOffset, evidence.endOffset,
            evidence.footnotes);
    }
}
