package io.powermap.ingest.extraction.relations.layout;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.layout.Block;
import io.powermap.ingest.extraction.layout.StructuredText;
import io.powermap.ingest.extraction.mentions.Mention;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.RelationDraft;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.text.Money;

/**
 * A row of an organisation's own partners table (Partner | What we do together | Since): what the
 * description cell says decides the tie, never the column alone. Money words make it FUNDING from
 * the partner to the document's subject (with the cell's amount; "ended in 2021" ends it), unless
 * the cell denies money ("no money exchanged"); membership words make the subject a member of the
 * partner; a campaign named in the cell is the partner's campaign; anything else is an
 * AFFILIATION of the subject with the partner. Dates come from the years column ("Since").
 */
public final class PartnerRows {

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    public static final String PARTNER_ROW = "table.partner-row";

    private static final Set<String> FUNDING = Cues.load("partner-row-funding-words");
    private static final Set<String> MEMBERSHIP = Cues.load("partner-row-membership-words");
    private static final Set<String> NO_MONEY = Cues.load("partner-row-no-money");
    private static final Set<String> MONEY_NOUNS = Set.of("money", "funds", "funding", "grant", "grants", "payment",
        "payments", "fee", "fees", "support");
    private static final Pattern ENDED = Pattern.compile("\\b(?:ended|ending|until|stopped|ceased|closed|finished)\\b\\D{0,12}"
        + "(19\\d{2}|20\\d{2})", Pattern.CASE_INSENSITIVE);

    private PartnerRows() {
    }

    static void read(RelationContext ctx, StructuredText doc, SentenceView v, Block b, TableRelations.Columns c) {
        EntityDraft subject = ctx.subject();
        EntityDraft partner = TableRelations.entityIn(v, b, c.recipient());
        if (subject == null || partner == null || partner == subject || partner.type == EntityType.PERSON
            || partner.type == EntityType.LEGISLATION || partner.type == EntityType.CAMPAIGN) {
            return;
        }
        if (partner.type == null) {
            partner.type = EntityType.ORGANIZATION;
            partner.strength = Mention.CONTEXT;
        }
        String what = TableRelations.cell(doc, b, c.relation());
        List<String> words = Arrays.asList(NON_LETTERS.split(what.toLowerCase(Locale.ROOT)));
        EntityDraft campaign = TableRelations.firstIn(v, b, c.relation(), d -> d.type == EntityType.CAMPAIGN);
        RelationDraft r;
        if (words.stream().anyMatch(FUNDING::contains) && !deniesMoney(words)) {
            r = ctx.add(PARTNER_ROW, RelationshipType.FUNDING, partner, subject, v);
            if (r.amount == null) {
                r.money(Money.parse(what));
            }
        } else if (words.stream().anyMatch(MEMBERSHIP::contains)) {
            r = ctx.add(PARTNER_ROW, RelationshipType.MEMBERSHIP, subject, partner, v);
        } else if (campaign != null) {
            ctx.add(PARTNER_ROW, RelationshipType.CAMPAIGN, partner, campaign, v);
            return;
        } else {
            r = ctx.add(PARTNER_ROW, RelationshipType.AFFILIATION, subject, partner, v);
        }
        Matcher since = TableRelations.YEAR.matcher(TableRelations.cell(doc, b, c.years()));
        if (since.find() && r.start == null) {
            r.start = since.group(1);
        }
        Matcher ended = ENDED.matcher(what);
        if (ended.find()) {
            r.end = ended.group(1);
            r.current = false;
        } else if (r.start != null && r.current == null) {
            r.current = true;
        }
    }

    /** "no money exchanged", "never paid", "unfunded": a negation before a money word, or a word that is one. */
    private static boolean deniesMoney(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.startsWith("un") && NO_MONEY.contains(w)) {
                return true;
            }
            if (NO_MONEY.contains(w)) {
                for (int j = i + 1; j <= i + 2 && j < words.size(); j++) {
                    if (MONEY_NOUNS.contains(words.get(j)) || FUNDING.contains(words.get(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
