package io.powermap.profile.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.powermap.contract.EntityType;
import io.powermap.contract.NameKeys;
import io.powermap.contract.RelationshipType;
import io.powermap.profile.domain.GraphRows;
import io.powermap.profile.domain.PageRows;
import io.powermap.profile.domain.ProfileEntity;
import io.powermap.profile.service.EntityView.Side;
import io.powermap.profile.service.EntityView.Tie;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EntityQueries {

    private static final List<String> ALL_TYPES = Arrays.stream(RelationshipType.values()).map(Enum::name).toList();
    private static final int MAX_TIES = 10_000;
    private static final int MAX_SENTENCES_PER_TIE = 1_000;

    private final PageRows pages;
    private final GraphRows graph;

    public EntityQueries(PageRows pages, GraphRows graph) {
        this.pages = pages;
        this.graph = graph;
    }

    public Optional<EntityView> find(UUID id) {
        return ProfileEntity.<ProfileEntity>findByIdOptional(id).map(this::view);
    }

    public List<EntityView.Summary> search(String name, EntityType type, int page, int size) {
        return ProfileEntity.search(NameKeys.of(name), type, page, size).stream().map(EntityQueries::summary).toList();
    }

    /** The entity with every tie and sentence: a fixed number of indexed queries, whatever its degree. */
    private EntityView view(ProfileEntity entity) {
        List<PageRows.TieAt> found = pages.ties(entity.id, ALL_TYPES, Cursors.FIRST, MAX_TIES);
        List<UUID> tieIds = found.stream().map(tie -> tie.edge().id()).toList();
        Map<UUID, List<EntityView.Source>> sources = new HashMap<>();
        graph.sentences(tieIds, MAX_SENTENCES_PER_TIE).forEach(s -> sources.computeIfAbsent(s.relationshipId(),
            id -> new ArrayList<>()).add(new EntityView.Source(s.documentId(), s.uri(), s.title(), s.text(), s.start(),
            s.end(), s.footnotes())));
        Map<UUID, List<String>> aliases = graph.aliases(found.stream().map(tie -> tie.other().id()).distinct().toList());
        List<Tie> ties = found.stream()
            .sorted(Comparator.comparing((PageRows.TieAt tie) -> tie.edge().type()).thenComparing(tie -> tie.other().name()))
            .map(tie -> {
                GraphRows.Edge e = tie.edge();
                GraphRows.Node other = tie.other();
                return new Tie(e.id(), e.type(), tie.outgoing() ? Side.OUTGOING : Side.INCOMING,
                    new EntityView.Summary(other.id(), other.type(), other.name(), aliases.getOrDefault(other.id(), List.of())),
                    e.role(), e.start(), e.end(), e.current(), e.amount(), e.currency(), e.confidence(),
                    sources.getOrDefault(e.id(), List.of()));
            }).toList();
        return new EntityView(entity.id, entity.type, entity.name, entity.aliasNames(), entity.attributes,
            List.copyOf(entity.documentIds), ties, entity.version);
    }

    private static EntityView.Summary summary(ProfileEntity entity) {
        return new EntityView.Summary(entity.id, entity.type, entity.name, entity.aliasNames());
    }
}
