package io.powermap.profile.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How many documents name each of a poll's candidate entities, counted up to a limit. Counting is
 * an index read of up to {@code limit} mentions per entity, and most entities a poll finds already
 * have the limit: those are remembered and not counted again. Mentions are only added by applying;
 * a statement that deletes or moves any moves {@code mention_withdrawal_seq} (V17), and then
 * everything remembered is forgotten. Call it holding the apply lock, as every writer of mentions
 * does, so that no withdrawal can fall between reading the sequence and counting.
 */
@ApplicationScoped
public class MentionCounts {

    // the entities flagged as remembered are counted only when the sequence moved; one row (no id)
    // carries the sequence's number, so the service learns it whatever is counted
    private static final String COUNTS = """
        with epoch(v) as materialized (
            select case when is_called then last_value else 0 end from mention_withdrawal_seq
        )
        select null::uuid as id, v as epoch, null::bigint as documents from epoch
        union all
        select u.id, null, (select count(*) from (select 1 from entity_document d where d.entity_id = u.id limit ?) few)
          from unnest(?::uuid[], ?::boolean[]) u(id, remembered)
         where not (u.remembered and (select v from epoch) = ?)
        """;

    private final DataSource data;
    // the entities named by at least "limit" documents as of "epoch"
    private final Set<UUID> full = new HashSet<>();
    private long epoch = -1;
    private int limit = -1;

    public MentionCounts(DataSource data) {
        this.data = data;
    }

    /** The number of documents naming each entity, at most {@code limit}. */
    public synchronized Map<UUID, Integer> upTo(Collection<UUID> ids, int limit) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        if (limit != this.limit) {
            full.clear();
            epoch = -1;
            this.limit = limit;
        }
        List<UUID> list = new ArrayList<>(ids);
        Boolean[] remembered = list.stream().map(full::contains).toArray(Boolean[]::new);
        long known = epoch;
        long[] now = {-1};
        Sql.query(data, COUNTS, statement -> {
            statement.setInt(1, limit);
            statement.setArray(2, Sql.uuids(statement, list));
            statement.setArray(3, statement.getConnection().createArrayOf("bool", remembered));
            statement.setLong(4, known);
        }, row -> {
            UUID id = Sql.uuid(row, "id");
            if (id == null) {
                now[0] = row.getLong("epoch");
            } else {
                counts.put(id, row.getInt("documents"));
            }
            return null;
        });
        if (now[0] != known) {
            full.clear(); // every id was counted
            epoch = now[0];
        }
        for (int i = 0; i < list.size(); i++) {
            UUID id = list.get(i);
            Integer counted = counts.get(id);
            if (counted == null) {
                counts.put(id, limit); // remembered, and nothing withdrawn since
            } else if (counted >= limit) {
                full.add(id);
            }
        }
        return counts;
    }
}
