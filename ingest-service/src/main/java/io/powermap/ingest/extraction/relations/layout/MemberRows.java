package io.powermap.ingest.extraction.relations.layout;

import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * A table whose first column is headed as the subject's member bodies ("Member organisation", "Member unions",
 * "Affiliated federation"): each row's body is a member of the document's subject, whatever its own words say
 * (a one-word name in a cell is still a body, not a person). An amount beside it is what the member paid in (dues,
 * a contribution): FUNDING from the member to the subject; an amount headed as a grant or allocation is money the
 * subject pays out to the member.
 */
final class MemberRows {

    public static final String MEMBER_ROW = "table.member-row";

    private static final Set<String> KINDS = Cues.load("table-member-nouns");
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");
    /** Money the subject pays to its members, not money they pay in. */
    private static final Pattern PAID_OUT = Pattern.compile(".*\\b(grants?|allocations?|transfers?|disburse\\w*|subsid\\w*|paid to)\\b.*");

    private MemberRows() {
    }

    /** "member organisations", "affiliated unions", "member body (country)": a lower-cased header cell. */
    static boolean isMemberHeader(String h) {
        String[] w = WORDS.split(h.strip());
        return w.length >= 2 && (w[0].equals("member") || w[0].equals("affiliated") || w[0].equals("affiliate"))
            && KINDS.contains(w[1]);
    }

    static void read(RelationContext ctx, StructuredText doc, SentenceView v, Block b, TableRelations.Columns c,
                     List<String> header) {
        EntityDraft subject = ctx.subject();
        EntityDraft member = TableRelations.entityIn(v, b, c.members());
        if (subject == null || member == null || member == subject || member.type == EntityType.LEGISLATION
            || member.type == EntityType.CAMPAIGN || member.type == EntityType.PERSON && member.strength > Mention.CONTEXT) {
            return;
        }
        if (member.type != EntityType.ORGANIZATION) {
            member.type = EntityType.ORGANIZATION;
            member.strength = Mention.CONTEXT;
        }
        ctx.add(MEMBER_ROW, RelationshipType.MEMBERSHIP, member, subject, v);
        if (c.amount() < 0) {
            return;
        }
        // the currency may be given once, in the header ("2025 (EUR)")
        Money.Amount paid = Money.parse(TableRelations.cell(doc, b, c.amount()) + " " + header.get(c.amount()).toUpperCase(Locale.ROOT));
        if (paid == null) {
            return;
        }
        boolean out = PAID_OUT.matcher(header.get(c.amount())).matches();
        RelationDraft r = out ? ctx.add(MEMBER_ROW, RelationshipType.FUNDING, subject, member, v)
            : ctx.add(MEMBER_ROW, RelationshipType.FUNDING, member, subject, v);
        if (r.amount == null) {
            r.money(paid);
        }
    }
}
