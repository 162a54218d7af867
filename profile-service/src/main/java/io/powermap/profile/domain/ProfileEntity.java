package io.powermap.profile.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.powermap.contract.EntityType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An organization, person, law or campaign, merged from every document that names it. */
@Entity
@Table(name = "entity")
public class ProfileEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public EntityType type;

    public String name;

    @Column(name = "match_key")
    public String matchKey;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> attributes = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "entity_alias", joinColumns = @JoinColumn(name = "entity_id"))
    public Set<Alias> aliases = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "entity_document", joinColumns = @JoinColumn(name = "entity_id"))
    @Column(name = "document_id")
    public Set<String> documentIds = new LinkedHashSet<>();

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Raised by every hand correction; sent back in If-Match to detect conflicting edits. */
    public int version;

    /** Names containing the text, by name or alias; optionally of one type. */
    public static List<ProfileEntity> search(String nameKey, EntityType type, int page, int size) {
        String like = "%" + nameKey + "%";
        String query = "select distinct e from ProfileEntity e left join e.aliases a "
            + "where (e.matchKey like ?1 or a.matchKey like ?1)" + (type == null ? "" : " and e.type = ?2")
            + " order by e.name";
        return (type == null ? find(query, like) : find(query, like, type)).page(page, size).list();
    }

    public List<String> aliasNames() {
        return aliases.stream().map(Alias::getAlias).toList();
    }
}
