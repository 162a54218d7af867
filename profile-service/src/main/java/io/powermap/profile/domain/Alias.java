package io.powermap.profile.domain;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Alias {

    private String alias;

    @Column(name = "match_key")
    private String matchKey;

    protected Alias() {
    }

    public Alias(String alias, String matchKey) {
        this.alias = alias;
        this.matchKey = matchKey;
    }

    public String getAlias() {
        return alias;
    }

    public String getMatchKey() {
        return matchKey;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Alias that && Objects.equals(matchKey, that.matchKey);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(matchKey);
    }
}
