package io.powermap.profile.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.powermap.contract.RelationshipType;

/** Interlocks and money, aggregated in the database. */
@ApplicationScoped
public class InsightRows {

    /** Another entity tied to {@code count} of the same sources (funders, members, leaders); some of them named. */
    public record Interlock(UUID otherId, int count, List<UUID> shared) {
    }

    /** Money between the entity and one counterpart in one currency. */
    public record Counterpart(boolean incoming, UUID counterpartId, String currency, BigDecimal total, int ties,
                              String firstYear, String lastYear) {
    }

    public record YearTotal(boolean incoming, String year, String currency, BigDecimal total, int ties) {
    }

    /** funder → intermediary → recipient, with the amount of each step. */
    public record Flow(UUID funderId, UUID intermediaryId, UUID recipientId, BigDecimal firstAmount, String firstCurrency,
                       BigDecimal secondAmount, String secondCurrency) {
    }

    private final DataSource data;

    public InsightRows(DataSource data) {
        this.data = data;
    }

    /** Entities that share sources of {@code via} ties with this one, most shared first. */
    public List<Interlock> interlocks(UUID id, RelationshipType via, int limit, int sharedShown) {
        return Sql.query(data, """
            with shared as (select distinct source_id from relationship where target_id = ? and type = ?)
            select r.target_id, count(distinct r.source_id) as n,
                   (array_agg(distinct r.source_id))[1:?] as via
              from shared s join relationship r on r.source_id = s.source_id and r.type = ?
             where r.target_id <> ?
             group by r.target_id order by n desc, r.target_id limit ?
            """, statement -> {
                statement.setObject(1, id);
                statement.setString(2, via.name());
                statement.setInt(3, sharedShown);
                statement.setString(4, via.name());
                statement.setObject(5, id);
                statement.setInt(6, limit);
            }, row -> new Interlock(Sql.uuid(row, "target_id"), row.getInt("n"),
                Sql.uuidList(row, "via")));
    }

    public List<Counterpart> counterparts(UUID id, int limit) {
        return Sql.query(data, """
            select true as incoming, source_id as counterpart, currency, sum(amount) as total, count(*) as ties,
                   min(start_year) as first_year, max(start_year) as last_year
              from relationship where target_id = ? and type = 'FUNDING' group by source_id, currency
            union all
            select false, target_id, currency, sum(amount), count(*), min(start_year), max(start_year)
              from relationship where source_id = ? and type = 'FUNDING' group by target_id, currency
            order by 4 desc nulls last, 2 limit ?
            """, statement -> {
                statement.setObject(1, id);
                statement.setObject(2, id);
                statement.setInt(3, limit);
            }, row -> new Counterpart(row.getBoolean("incoming"), Sql.uuid(row, "counterpart"), row.getString("currency"),
                row.getBigDecimal("total"), row.getInt("ties"), row.getString("first_year"), row.getString("last_year")));
    }

    public List<YearTotal> yearTotals(UUID id) {
        return Sql.query(data, """
            select incoming, year, currency, sum(amount) as total, count(*) as ties from (
                select true as incoming, start_year as year, currency, amount from relationship
                 where target_id = ? and type = 'FUNDING'
                union all
                select false, start_year, currency, amount from relationship where source_id = ? and type = 'FUNDING'
            ) money group by incoming, year, currency order by incoming desc, year nulls last, currency nulls last
            """, statement -> {
                statement.setObject(1, id);
                statement.setObject(2, id);
            }, row -> new YearTotal(row.getBoolean("incoming"), row.getString("year"), row.getString("currency"),
                row.getBigDecimal("total"), row.getInt("ties")));
    }

    /** Two-step flows that start at, pass through or end at the entity; each kind indexed from its known end. */
    public List<Flow> flows(UUID id, int limit) {
        String columns = "select a.source_id as funder, a.target_id as intermediary, b.target_id as recipient, "
            + "a.amount as a_amount, a.currency as a_currency, b.amount as b_amount, b.currency as b_currency ";
        String join = "from relationship a join relationship b on b.source_id = a.target_id and b.type = 'FUNDING' "
            + "where a.type = 'FUNDING' and a.source_id <> b.target_id and ";
        return Sql.query(data, "select * from ("
            + "(" + columns + join + "a.source_id = ? limit ?) union all "
            + "(" + columns + join + "a.target_id = ? limit ?) union all "
            + "(" + columns + join + "b.target_id = ? limit ?)"
            + ") f order by b_amount desc nulls last, a_amount desc nulls last, funder, intermediary, recipient limit ?",
            statement -> {
                for (int i = 0; i < 3; i++) {
                    statement.setObject(1 + 2 * i, id);
                    statement.setInt(2 + 2 * i, limit);
                }
                statement.setInt(7, limit);
            }, row -> new Flow(Sql.uuid(row, "funder"), Sql.uuid(row, "intermediary"), Sql.uuid(row, "recipient"),
                row.getBigDecimal("a_amount"), row.getString("a_currency"), row.getBigDecimal("b_amount"),
                row.getString("b_currency")));
    }
}
