package io.powermap.ingest.extraction.relations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.powermap.ingest.extraction.layout.BlockKind;
import io.powermap.ingest.extraction.text.Dates;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.lexicon.Gazetteer;
import io.powermap.ingest.extraction.Interrupts;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.layout.StructuredText;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.relations.args.Slots;
import io.powermap.ingest.extraction.relations.layout.GranteeLists;
import io.powermap.ingest.extraction.relations.layout.ListLeadIns;
import io.powermap.ingest.extraction.relations.layout.TableRelations;
import io.powermap.ingest.extraction.relations.layout.PartnerRows;
import io.powermap.ingest.extraction.relations.rules.AffiliationRule;
import io.powermap.ingest.extraction.relations.rules.AmountFromRule;
import io.powermap.ingest.extraction.relations.rules.AttendanceListRule;
import io.powermap.ingest.extraction.relations.rules.FunderColonAmountRule;
import io.powermap.ingest.extraction.relations.rules.CampaignDevelopedWithRule;
import io.powermap.ingest.extraction.relations.rules.CampaignOwnerRule;
import io.powermap.ingest.extraction.relations.rules.CampaignPartnersRule;
import io.powermap.ingest.extraction.relations.rules.CampaignRunByRule;
import io.powermap.ingest.extraction.relations.rules.CriticsRule;
import io.powermap.ingest.extraction.relations.rules.DefaultCampaignsRule;
import io.powermap.ingest.extraction.relations.rules.DerivedNamesRule;
import io.powermap.ingest.extraction.relations.rules.EvaluationRule;
import io.powermap.ingest.extraction.relations.rules.DesignationRule;
import io.powermap.ingest.extraction.relations.rules.EndedFundingRule;
import io.powermap.ingest.extraction.relations.rules.FamilyRule;
import io.powermap.ingest.extraction.relations.rules.FieldLineRule;
import io.powermap.ingest.extraction.relations.rules.FounderNounRule;
import io.powermap.ingest.extraction.relations.rules.FoundingRule;
import io.powermap.ingest.extraction.relations.rules.FoundedByGroupRule;
import io.powermap.ingest.extraction.relations.rules.FunderNounRule;
import io.powermap.ingest.extraction.relations.rules.FundingRule;
import io.powermap.ingest.extraction.relations.rules.HierarchyRule;
import io.powermap.ingest.extraction.relations.rules.JoinedInFundingRule;
import io.powermap.ingest.extraction.relations.rules.MadeGrantsRule;
import io.powermap.ingest.extraction.relations.rules.MarriedCoupleRule;
import io.powermap.ingest.extraction.relations.rules.MembershipRule;
import io.powermap.ingest.extraction.relations.rules.PositionRule;
import io.powermap.ingest.extraction.relations.rules.BracketedPartyRule;
import io.powermap.ingest.extraction.relations.rules.LegislatorHonorificRule;
import io.powermap.ingest.extraction.relations.rules.OccupationAppositionRule;
import io.powermap.ingest.extraction.relations.rules.PartyOfficeRule;
import io.powermap.ingest.extraction.relations.rules.SeatForPartyRule;
import io.powermap.ingest.extraction.relations.rules.PressedToStopRule;
import io.powermap.ingest.extraction.relations.rules.ProgramOfRule;
import io.powermap.ingest.extraction.relations.rules.ProjectOfRule;
import io.powermap.ingest.extraction.relations.rules.ReceivedFundingRule;
import io.powermap.ingest.extraction.relations.rules.ServesOnRule;
import io.powermap.ingest.extraction.relations.rules.DepartureRule;
import io.powermap.ingest.extraction.relations.rules.HandoverRule;
import io.powermap.ingest.extraction.relations.rules.OrganMembersRule;
import io.powermap.ingest.extraction.relations.rules.StaffListingRule;
import io.powermap.ingest.extraction.relations.rules.BodyFirstListingRule;
import io.powermap.ingest.extraction.relations.rules.StanceAgentRule;
import io.powermap.ingest.extraction.relations.rules.StanceRule;
import io.powermap.ingest.extraction.relations.rules.TenureRule;
import io.powermap.ingest.extraction.relations.rules.VehicleOfRule;
import io.powermap.ingest.extraction.relations.rules.VerbRoleRule;
import io.powermap.ingest.extraction.relations.rules.LearnedPairsRule;
import io.powermap.ingest.extraction.relations.learned.PairCandidates;
import io.powermap.ingest.extraction.relations.learned.PairFeatures;
import io.powermap.ingest.extraction.relations.learned.PairJudge;
import io.powermap.ingest.extraction.relations.learned.PairModel;

/**
 * The engine that reads typed relationships off a document. Per sentence: list lead-ins first
 * ({@link ListLeadIns}), then every token is looked up once in a map from cue word to the rules
 * that want it, which run in priority order; then the rules with no cue word read the sentence
 * whole. After the sentences: tables ({@link TableRelations}) and the document rules. Rules are
 * stateless and shared; what one document's reading carries lives in its {@link RelationContext}.
 * Thread-safe.
 */
public final class RelationExtractor {

    private final Gazetteer gazetteer;
    private final Set<String> campaignNouns;
    private final Predicate<String> acronym;
    private final Map<String, RelationRule[]> byCue;
    private final RelationRule[] wholeSentence;
    private final List<DocumentRule> documentRules;
    private final EntityTyping typing;

    /**
     * @param gazetteer     the word lists (roles, person titles, places)
     * @param campaignNouns nouns that name a campaign, as the name chunker reads them
     * @param acronym       whether a name is an acronym, as the entity resolver reads it
     */
    public RelationExtractor(Gazetteer gazetteer, Set<String> campaignNouns, Predicate<String> acronym) {
        this(gazetteer, campaignNouns, acronym, PairModel.shipped());
    }

    /** @param pairs the judge of the last rule, which reads the pairs of names the hand-written rules left */
    public RelationExtractor(Gazetteer gazetteer, Set<String> campaignNouns, Predicate<String> acronym, PairJudge pairs) {
        this(gazetteer, campaignNouns, acronym, pairs, EntityTyping.NONE);
    }

    /** @param typing settles the types of names no rule typed, after the sentence and table rules, before the document rules */
    public RelationExtractor(Gazetteer gazetteer, Set<String> campaignNouns, Predicate<String> acronym, PairJudge pairs,
                             EntityTyping typing) {
        this(gazetteer, campaignNouns, acronym, sentenceRules(gazetteer), documentRules(gazetteer, pairs), typing);
    }

    RelationExtractor(Gazetteer gazetteer, Set<String> campaignNouns, Predicate<String> acronym, List<RelationRule> rules,
                      List<DocumentRule> documentRules, EntityTyping typing) {
        this.gazetteer = gazetteer;
        this.typing = typing;
        this.campaignNouns = campaignNouns;
        this.acronym = acronym;
        List<RelationRule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparingInt(RelationRule::priority)); // stable: equal priorities keep their listed order
        Map<String, List<RelationRule>> cues = new HashMap<>();
        List<RelationRule> whole = new ArrayList<>();
        for (RelationRule r : sorted) {
            if (r.cues().isEmpty()) {
                whole.add(r);
            }
            for (String cue : r.cues()) {
                cues.computeIfAbsent(cue, c -> new ArrayList<>()).add(r);
            }
        }
        Map<String, RelationRule[]> index = new HashMap<>();
        cues.forEach((cue, list) -> index.put(cue, list.toArray(new RelationRule[0])));
        this.byCue = Collections.unmodifiableMap(index); // a hash map: lookups compare stored hashes (Words.frozen)
        this.wholeSentence = whole.toArray(new RelationRule[0]);
        this.documentRules = List.copyOf(documentRules);
    }

    /** The id of every rule, sentence rules in the order they run on a shared cue, then list, table and document rules. */
    public List<String> ruleIds() {
        List<RelationRule> sentence = new ArrayList<>();
        for (RelationRule[] rules : byCue.values()) {
            for (RelationRule r : rules) {
                if (!sentence.contains(r)) {
                    sentence.add(r);
                }
            }
        }
        sentence.addAll(List.of(wholeSentence));
        sentence.sort(Comparator.comparingInt(RelationRule::priority));
        List<String> ids = new ArrayList<>();
        for (RelationRule r : sentence) {
            for (String id : r.ids()) {
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        ids.addAll(List.of(ListLeadIns.MEMBERSHIP, ListLeadIns.HIERARCHY, ListLeadIns.FUNDING, ListLeadIns.STANCE,
            TableRelations.LEADER_ROW, TableRelations.GRANT_ROW, PartnerRows.PARTNER_ROW, GranteeLists.RULE));
        for (DocumentRule r : documentRules) {
            ids.add(r.id());
        }
        return ids;
    }

    /** Every sentence rule; the engine orders them by priority. A new rule is one line here. */
    static List<RelationRule> sentenceRules(Gazetteer g) {
        return List.of(
            new FundingRule(),
            new JoinedInFundingRule(),
            new EndedFundingRule(),
            new ReceivedFundingRule(),
            new MadeGrantsRule(),
            new FunderNounRule(),
            new AmountFromRule(),
            new FunderColonAmountRule(),
            new FoundingRule(),
            new FoundedByGroupRule(),
            new CampaignPartnersRule(),
            new CampaignOwnerRule(),
            new FounderNounRule(),
            StanceRule.supports(),
            StanceRule.opposes(),
            new DesignationRule(),
            new CriticsRule(),
            new EvaluationRule(),
            new StanceAgentRule(),
            new PressedToStopRule(),
            new ProjectOfRule(),
            new MarriedCoupleRule(),
            new FamilyRule(),
            new MembershipRule(),
            new PartyOfficeRule(),
            new BracketedPartyRule(),
            new LegislatorHonorificRule(),
            new SeatForPartyRule(),
            new HierarchyRule(),
            new CampaignDevelopedWithRule(),
            new CampaignRunByRule(),
            new VerbRoleRule(),
            new ServesOnRule(),
            new TenureRule(),
            new DepartureRule(),
            new HandoverRule(),
            new OrganMembersRule(),
            new AttendanceListRule(),
            new PositionRule(g),
            new OccupationAppositionRule(),
            new StaffListingRule(),
            new BodyFirstListingRule(),
            new FieldLineRule(),
            new AffiliationRule(),
            new VehicleOfRule(),
            new ProgramOfRule());
    }

    /** Rules over the whole document, in the order they run; the learned pairs last, to see every other rule's facts. */
    static List<DocumentRule> documentRules(Gazetteer g, PairJudge pairs) {
        return List.of(new DefaultCampaignsRule(), new DerivedNamesRule(),
            new LearnedPairsRule(new PairCandidates(new PairFeatures(g)), pairs));
    }

    /**
     * @param doc      the document's layout (tables are read from it)
     * @param views    its sentences, with names resolved to {@code entities}
     * @param entities the document's entities
     * @param subject  the organization the document is about, or null
     * @return the relationships found, in the order first found
     */
    public List<RelationDraft> extract(StructuredText doc, List<SentenceView> views, List<EntityDraft> entities,
                                       EntityDraft subject) {
        RelationContext ctx = new RelationContext(gazetteer, campaignNouns, acronym, subject);
        for (SentenceView v : views) {
            Interrupts.check();
            BlockKind kind = v.sentence.kind();
            if (kind == BlockKind.HEADING) {
                ListLeadIns.read(ctx, v);
                continue;
            }
            if (kind == BlockKind.FOOTNOTE || kind == BlockKind.TABLE_ROW || kind == BlockKind.TITLE) {
                continue;
            }
            sentence(ctx, v);
            for (Token t : v.tokens) {
                if (Dates.isYear(t)) {
                    ctx.state().lastYear = t.text();
                }
            }
        }
        TableRelations.read(ctx, doc, views);
        // the document rules read types: the campaigns left to the subject, the learned pairs
        typing.settle(ctx.store().drafts(), entities, views);
        for (DocumentRule rule : documentRules) {
            Interrupts.check();
            rule.apply(ctx, entities, views);
        }
        return ctx.store().drafts();
    }

    private void sentence(RelationContext ctx, SentenceView v) {
        List<Token> t = v.tokens;
        if (v.sentence.index() == 0 || t.isEmpty() || t.get(0).start() == v.sentence.start()) {
            ListLeadIns.read(ctx, v); // a paragraph may be a lead-in; an item reads what one announced
        }
        for (int i = 0; i < t.size(); i++) {
            if ((i & 255) == 255) {
                Interrupts.check();
            }
            RelationRule[] rules = byCue.get(t.get(i).lower());
            if (rules == null || Slots.insideTypedSlot(v, i)) {
                continue;
            }
            int cue = i;
            for (RelationRule rule : rules) {
                ctx.startCue(cue);
                rule.apply(ctx, v, cue);
                i = Math.max(i, ctx.consumedThrough()); // a cue of several words is not read again from its later words
            }
        }
        for (RelationRule rule : wholeSentence) {
            rule.apply(ctx, v, -1);
        }
    }
}
