package io.powermap.profile.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.powermap.contract.RelationshipType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A typed tie between two entities, with the sentences that state it. */
@Entity
@Table(name = "relationship")
public class Relationship extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public RelationshipType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    public ProfileEntity source;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id")
    public ProfileEntity target;

    public String role;

    /** The role's match key: one relationship per (type, source, target, role). */
    @Column(name = "role_key")
    public String roleKey = "";

    @Column(name = "start_year")
    public String startYear;

    @Column(name = "end_year")
    public String endYear;

    public Boolean current;

    public BigDecimal amount;

    public String currency;

    public double confidence;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @OneToMany(mappedBy = "relationship", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<RelationshipEvidence> evidence = new ArrayList<>();

    /** Every tie of the entity, in either direction. */
    public static List<Relationship> findByEntity(ProfileEntity entity) {
        return find("select distinct r from Relationship r join fetch r.source join fetch r.target "
            + "left join fetch r.evidence where r.source = ?1 or r.target = ?1 order by r.type, r.updatedAt", entity).list();
    }
}
