package io.powermap.profile.domain;

import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** The applied event ids past their retention. */
@ApplicationScoped
public class ProcessedEvents {

    private final DataSource data;

    public ProcessedEvents(DataSource data) {
        this.data = data;
    }

    /** Forgets at most {@code limit} ids applied before the instant; returns how many. */
    public int forgetBefore(Instant before, int limit) {
        return Sql.update(data, "delete from processed_event where event_id in (select event_id from processed_event "
            + "where processed_at < ? order by processed_at limit ?)", statement -> {
                statement.setTimestamp(1, Sql.time(before));
                statement.setInt(2, limit);
            });
    }
}
