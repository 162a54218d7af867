package io.powermap.profile.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "source_document")
public class SourceDocument extends PanacheEntityBase {

    @Id
    public String id;

    public String title;

    public String uri;

    @Column(name = "media_type")
    public String mediaType;

    public String copyright;

    @Column(name = "parsed_at")
    public Instant parsedAt;
}
