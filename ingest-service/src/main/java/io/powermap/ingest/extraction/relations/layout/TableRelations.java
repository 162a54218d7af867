package io.powermap.ingest.extraction.relations.layout;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.layout.Block;
import io.powermap.ingest.extraction.layout.BlockKind;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.Interrupts;
import io.powermap.ingest.extraction.mentions.Mention;
import io.powermap.ingest.extraction.text.Money;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.layout.StructuredText;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.RelationDraft;

/**
 * Reads leader tables (name, title, years) and grant tables (funder, amount, year) by their
 * header words; the column, not the name's own words, decides whether a cell is a person or a
 * funder.
 */
public final class TableRelations {

    private static final Pattern STILL_RUNNING = Pattern.compile(".*(present|now|current|today|since|-\\s*$|–\\s*$).*");

    public static final String LEADER_ROW = "table.leader-row";
    public static final String GRANT_ROW = "table.grant-row";

    private static final Pattern ENDED = Pattern.compile("\\b(retired|former|formerly|previously|until|emerit\\w*)\\b",
        Pattern.CASE_INSENSITIVE);
    static final Pattern YEAR = Pattern.compile("\\b(19\\d{2}|20\\d{2})\\b");

    private TableRelations() {
    }

    /**
     * Column indexes (-1: none). {@code relation}: a cell saying what the row's tie is ("What we do
     * together"); {@code partners}: the recipient column is headed "Partner(s)", which names a
     * grantee only in a table with amounts.
     */
    record Columns(int person, int role, int years, int funder, int amount, int recipient, int org, int affiliation,
                   boolean proseAffiliation, int relation, boolean partners, int members) {
        boolean leaders() {
            return person >= 0 && (role >= 0 || years >= 0);
        }

        boolean grants() {
            return (funder >= 0 || recipient >= 0) && (amount >= 0 || years >= 0);
        }

        /** An organisation's own partners, each row's tie told by its description cell (PartnerRows). */
        boolean partnerRows() {
            return partners && funder < 0 && amount < 0 && relation >= 0;
        }
    }

    static Columns columns(List<String> header) {
        int person = -1, role = -1, years = -1, funder = -1, amount = -1, recipient = -1, org = -1, affiliation = -1;
        int relation = -1;
        boolean prose = false;
        boolean partners = false;
        int members = -1;
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).toLowerCase(Locale.ROOT);
            if (MemberRows.isMemberHeader(h) && members < 0 && i == 0) {
                members = i; // "Member organisation", "Affiliated union": bodies that belong to the subject, not people
            } else if (h.matches(".*\\b(funders?|donors?|grantors?|grant-?makers?|grantmakers?|funding bod(y|ies)|funded by|paid by|given by|foundation|source|contributors?|from|supporters?|backers?|sponsors?|giver)\\b.*") && funder < 0) {
                funder = i;
            } else if ((h.matches(".*\\b(recipients?|grantees?|beneficiar(y|ies)|awardees?|partners?|partner organi[sz]ations?|funded organi[sz]ations?)\\b.*")
                || h.strip().equals("to")) && recipient < 0) {
                // "To" heads a column of recipients only alone: "Restricted to" says what a gift is for
                recipient = i;
                partners = h.matches(".*\\bpartners?\\b.*");
            } else if (h.matches(".*(amount|\\$|usd|eur|gbp|chf|cad|aud|jpy|inr|nok|sek|€|£|¥|₹|total|sum|value|grant size|contribution|award|pledge|gift|committed|commitment|disbursed|granted).*") && amount < 0) {
                amount = i;
            } else if (h.matches(".*\\b(affiliations?|occupation|profession|day job|elsewhere|other roles?|current roles?|employers?)\\b.*") && affiliation < 0) {
                affiliation = i; // "Principal affiliation": where a board member works, "Professor of Law, Example University"
            } else if (h.matches(".*\\b(background|biography|bio|profile|experience)\\b.*") && affiliation < 0) {
                affiliation = i; // a sentence or two about the person: only a name already known as a body is taken from it
                prose = true;
            } else if (h.matches(".*\\b(name|leader|person|officer|staff|executive|director|member|people|trustee|governor|fellow)s?\\b.*") && person < 0) {
                person = i;
            } else if (h.matches(".*\\b(title|role|position|office|post)s?\\b.*") && role < 0) {
                role = i;
            } else if (h.matches(".*\\b(year|years|term|tenure|since|period|dates?|served|fiscal|round|cycle)\\b.*") && years < 0) {
                years = i;
            } else if (h.matches(".*\\b(organization|organisation|org|committee|body)\\b.*") && org < 0) {
                // a board's own group ("Executive", "Ex officio") names no body; the committee a member sits on does
                org = i;
            } else if (h.matches(".*\\b(what|together|relationship|nature|description|details|notes?|kind|how|collaboration|cooperation|co-operation|partnership|purpose|focus)\\b.*")
                && relation < 0) {
                relation = i; // "What we do together", "What the grant is for": the row's tie in words
            } else if (h.matches(".*\\bgrant\\b.*") && amount < 0) {
                amount = i;
            }
        }
        return new Columns(person, role, years, funder, amount, recipient, org, affiliation, prose, relation, partners, members);
    }

    public static void read(RelationContext ctx, StructuredText doc, List<SentenceView> views) {
        for (SentenceView v : views) {
            if (v.sentence.kind() != BlockKind.TABLE_ROW) {
                continue;
            }
            Interrupts.check();
            Block block = doc.blocks().get(v.sentence.block());
            List<String> header = doc.tableHeaders().getOrDefault(block.table(), List.of());
            Columns c = columns(header);
            if (c.members() >= 0) {
                MemberRows.read(ctx, doc, v, block, c, header);
            } else if (c.leaders()) {
                leaderRow(ctx, doc, v, block, c);
            } else if (c.partnerRows()) {
                PartnerRows.read(ctx, doc, v, block, c);
            } else if (c.grants()) {
                grantRow(ctx, doc, v, block, c);
            }
        }
    }

    static String cell(StructuredText doc, Block b, int i) {
        if (i < 0 || i >= b.cells().size()) {
            return "";
        }
        int[] span = b.cells().get(i);
        return doc.text().substring(span[0], span[1]);
    }

    static EntityDraft entityIn(SentenceView v, Block b, int col) {
        return firstIn(v, b, col, d -> true);
    }

    /** The first entity named inside cell {@code col} that {@code wanted} accepts, or null. */
    static EntityDraft firstIn(SentenceView v, Block b, int col, Predicate<EntityDraft> wanted) {
        if (col < 0 || col >= b.cells().size()) {
            return null;
        }
        int[] span = b.cells().get(col);
        for (Mention m : v.mentions) {
            if (m.entity != null && m.start >= span[0] && m.end <= span[1] && wanted.test(m.entity.root())) {
                return m.entity.root();
            }
        }
        return null;
    }

    /**
     * "Professor of Planning, Northmoor University": the body after the title. Capitalised words of the title
     * ("Planning", "Finance Director") name nothing; a draft made only of them is dropped.
     */
    private static EntityDraft afterTitle(SentenceView v, Block b, int col) {
        if (col < 0 || col >= b.cells().size()) {
            return null;
        }
        int[] span = b.cells().get(col);
        int comma = commaIn(v, span);
        if (comma < 0) {
            return entityIn(v, b, col);
        }
        EntityDraft found = null;
        for (Mention m : v.mentions) {
            if (m.entity == null || m.start < span[0] || m.end > span[1]) {
                continue;
            }
            EntityDraft d = m.entity.root();
            if (m.end <= comma && d.type != EntityType.PERSON && d.mentions.stream().allMatch(o -> o.start >= span[0] && o.end <= comma)) {
                d.mentions.clear();
            } else if (m.start > comma && found == null) {
                found = d;
            }
        }
        return found;
    }

    private static int commaIn(SentenceView v, int[] span) {
        for (Token t : v.tokens) {
            if (t.start() >= span[0] && t.end() <= span[1] && t.is(",")) {
                return t.start();
            }
        }
        return -1;
    }

    private static void leaderRow(RelationContext ctx, StructuredText doc, SentenceView v, Block b, Columns c) {
        EntityDraft subject = ctx.subject();
        EntityDraft person = entityIn(v, b, c.person());
        if (person == null || (person.type != null && person.type != EntityType.PERSON)) {
            return;
        }
        if (person.type == null) {
            person.type = EntityType.PERSON;
            person.strength = Mention.CONTEXT;
        }
        EntityDraft org = c.org() >= 0 ? entityIn(v, b, c.org()) : subject;
        if (org == null || org == person) {
            return;
        }
        if (org.type == null) {
            org.type = EntityType.ORGANIZATION;
            org.strength = Mention.CONTEXT;
        }
        RelationDraft r = ctx.add(LEADER_ROW, RelationshipType.POSITION, person, org, v);
        String role = cell(doc, b, c.role()).toLowerCase(Locale.ROOT).strip();
        if (!role.isEmpty() && r.role == null) {
            r.role = role;
        }
        String years = cell(doc, b, c.years());
        Matcher m = YEAR.matcher(years);
        if (m.find()) {
            r.start = m.group(1);
            if (m.find()) {
                r.end = m.group(1);
                r.current = false;
            } else if (STILL_RUNNING.matcher(years.toLowerCase(Locale.ROOT)).matches()) {
                r.current = true;
            } else if (years.toLowerCase(Locale.ROOT).contains("until")) {
                r.end = r.start;
                r.start = null;
                r.current = false;
            }
        }
        if (role.contains("former")) {
            r.current = false;
        }
        affiliationCell(ctx, doc, v, b, c, person, org);
    }

    /** "Partner, Example Audit LLP" beside a trustee: the post the trustee holds elsewhere. */
    private static void affiliationCell(RelationContext ctx, StructuredText doc, SentenceView v, Block b, Columns c,
                                        EntityDraft person, EntityDraft board) {
        EntityDraft elsewhere = c.proseAffiliation()
            ? firstIn(v, b, c.affiliation(), d -> d.type == EntityType.ORGANIZATION)
            : afterTitle(v, b, c.affiliation());
        if (elsewhere == null || elsewhere == person || elsewhere == board || elsewhere.type == EntityType.LEGISLATION
            || elsewhere.type == EntityType.CAMPAIGN) {
            return;
        }
        if (elsewhere.type == null || elsewhere.type == EntityType.PERSON && elsewhere.strength <= Mention.CONTEXT) {
            elsewhere.type = EntityType.ORGANIZATION;
            elsewhere.strength = Mention.CONTEXT;
        }
        if (elsewhere.type != EntityType.ORGANIZATION) {
            return;
        }
        String text = cell(doc, b, c.affiliation());
        int cut = text.indexOf(',');
        String role = cut > 0 && !c.proseAffiliation() ? text.substring(0, cut).toLowerCase(Locale.ROOT).strip() : null;
        if ("member".equals(role)) {
            ctx.add(LEADER_ROW, RelationshipType.MEMBERSHIP, person, elsewhere, v); // "member, X Law Society": belonging, no post
            return;
        }
        RelationDraft r = ctx.add(LEADER_ROW, RelationshipType.POSITION, person, elsewhere, v);
        if (role != null && r.role == null) {
            r.role = role;
        }
        if (ENDED.matcher(text).find()) {
            r.current = false;
        }
    }

    private static void grantRow(RelationContext ctx, StructuredText doc, SentenceView v, Block b, Columns c) {
        EntityDraft subject = ctx.subject();
        // a table of grantees in a funder's own report: the document's subject gives
        EntityDraft funder = c.funder() >= 0 ? entityIn(v, b, c.funder()) : subject;
        if (funder == null || funder.type == EntityType.LEGISLATION || funder.type == EntityType.CAMPAIGN) {
            return;
        }
        if (funder.type == null) {
            funder.type = EntityType.ORGANIZATION;
            funder.strength = Mention.CONTEXT;
        }
        EntityDraft recipient = c.recipient() >= 0 ? entityIn(v, b, c.recipient()) : subject;
        if (recipient == null || recipient == funder) {
            return;
        }
        if (recipient.type == null) {
            recipient.type = EntityType.ORGANIZATION;
            recipient.strength = Mention.CONTEXT;
        }
        RelationDraft r = ctx.add(GRANT_ROW, RelationshipType.FUNDING, funder, recipient, v);
        String amount = cell(doc, b, c.amount());
        if (r.amount == null) {
            r.money(Money.parse(amount));
        }
        Matcher m = YEAR.matcher(cell(doc, b, c.years()));
        if (m.find() && r.start == null) {
            r.start = m.group(1);
            if (m.find()) {
                r.end = m.group(1);
            }
        }
    }
}
