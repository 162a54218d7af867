package io.powermap.ingest.extraction;

import static io.powermap.ingest.extraction.Fixtures.entity;
import static io.powermap.ingest.extraction.Fixtures.relation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;

/** One invented document per rule class, so each rule is shown to work on text it was not tuned on. */
class GeneralisedRulesTest {

    private static final String SUBJECT = "Harbor Lights Coalition";

    private static Extraction text(String body) throws DocumentRejectedException {
        return Fixtures.extract(SUBJECT + "\n\nThe Harbor Lights Coalition is a tenant advocacy group based in Portland, Oregon. "
            + body + "\n", "text/plain");
    }

    private static Extraction markdown(String body) throws DocumentRejectedException {
        return Fixtures.extract("# " + SUBJECT + "\n\nThe Harbor Lights Coalition is a tenant advocacy group based in Portland, Oregon.\n\n"
            + body + "\n", "text/markdown");
    }

    @Test
    void shouldKeepSmallWordsInsideNameDescribedAsCampaign() throws Exception {
        Extraction x = text("Since 2015 the coalition has run Keep the Lamps On, an annual campaign for shelter funding.");
        assertTrue(entity(x, EntityType.CAMPAIGN, "Keep the Lamps On").isPresent());
    }

    @Test
    void shouldKeepSmallWordsInsideNameAfterNamingCue() throws Exception {
        Extraction x = text("Its housing drive, known as Shelter in Place, placed families in new apartments.");
        assertTrue(entity(x, EntityType.CAMPAIGN, "Shelter in Place").isPresent());
    }

    @Test
    void shouldNotGluePlaceOntoNameWithoutNamingCue() throws Exception {
        Extraction x = text("Leaders of the Harbor Lights Coalition in Portland met the mayor.");
        assertFalse(x.entities().stream().anyMatch(e -> e.name().contains("in Portland")));
    }

    @Test
    void shouldReadFoundersSeparatedByAppositives() throws Exception {
        Extraction x = text("The coalition was founded in 2001 by Mara Quintero, a retired nurse, and Tobias Fenwick, a schoolteacher.");
        assertTrue(relation(x, RelationshipType.FOUNDED, "Mara Quintero", SUBJECT).isPresent());
        assertTrue(relation(x, RelationshipType.FOUNDED, "Tobias Fenwick", SUBJECT).isPresent());
    }

    @Test
    void shouldReadListItemsSeparatedByRelativeClause() throws Exception {
        Extraction x = text("The coalition backs the Tenant Fairness Act, which would cap rent increases, and the Shelter Access Act.");
        assertTrue(relation(x, RelationshipType.SUPPORTS, SUBJECT, "Tenant Fairness Act").isPresent());
        assertTrue(relation(x, RelationshipType.SUPPORTS, SUBJECT, "Shelter Access Act").isPresent());
    }

    @Test
    void shouldReadRepealAsOppositionToLaw() throws Exception {
        Extraction x = text("For a decade the coalition has sought to repeal the Vagrancy Control Act.");
        assertTrue(relation(x, RelationshipType.OPPOSES, SUBJECT, "Vagrancy Control Act").isPresent());
    }

    @Test
    void shouldNameLawRatherThanCitedSection() throws Exception {
        Extraction x = text("The coalition filed complaints under Section 8 of the Fair Tenancy Act.");
        assertTrue(entity(x, EntityType.LEGISLATION, "Fair Tenancy Act").isPresent());
        assertFalse(x.entities().stream().anyMatch(e -> e.name().startsWith("Section")));
    }

    @Test
    void shouldAddCoFoundersNamedAfterTogetherWith() throws Exception {
        Extraction x = text("The coalition was set up in 1999 by Mara Quintero, who had run a shelter for years, together with "
            + "the economist Tobias Fenwick.");
        assertTrue(relation(x, RelationshipType.FOUNDED, "Mara Quintero", SUBJECT).isPresent());
        assertTrue(relation(x, RelationshipType.FOUNDED, "Tobias Fenwick", SUBJECT).isPresent());
    }

    @Test
    void shouldReadHelpedEstablishWithPartner() throws Exception {
        Extraction x = text("It publishes data through the Lamplight Data Trust, which the coalition helped establish along with "
            + "the Dorrance Foundation.");
        assertTrue(relation(x, RelationshipType.FOUNDED, SUBJECT, "Lamplight Data Trust").isPresent());
        assertTrue(relation(x, RelationshipType.FOUNDED, "Dorrance Foundation", "Lamplight Data Trust").isPresent());
    }

    @Test
    void shouldNotMakeFounderOfAnotherCompanyFounderOfSubject() throws Exception {
        Extraction x = text("Its largest donor is zTrade founder Elena Marsh.");
        assertFalse(relation(x, RelationshipType.FOUNDED, "Elena Marsh", SUBJECT).isPresent());
    }

    @Test
    void shouldReadSeatInLegislatureAsPosition() throws Exception {
        Extraction x = text("Its early allies included Tobias Fenwick, then a member of the Oregon House of Representatives.");
        ExtractedRelationship r = relation(x, RelationshipType.POSITION, "Tobias Fenwick", "Oregon House of Representatives").orElseThrow();
        assertEquals("member", r.role());
        assertFalse(relation(x, RelationshipType.MEMBERSHIP, "Tobias Fenwick", "Oregon House of Representatives").isPresent());
    }

    @Test
    void shouldReadMemberUnionsUnderHeadingAsMembership() throws Exception {
        Extraction x = markdown("## Member organizations\n\n- Riverside Renters Union\n- Eastside Housing Project Association\n");
        assertTrue(relation(x, RelationshipType.MEMBERSHIP, "Riverside Renters Union", SUBJECT).isPresent());
        assertFalse(relation(x, RelationshipType.HIERARCHY, SUBJECT, "Riverside Renters Union").isPresent());
    }

    @Test
    void shouldGiveVerbAfterAppositiveToDescribedName() throws Exception {
        Extraction x = text("The Dorrance Foundation, the charitable arm of the banker Philip Dorrance, gave the coalition $50,000 in 2019.");
        assertTrue(relation(x, RelationshipType.FUNDING, "Dorrance Foundation", SUBJECT).isPresent());
        assertFalse(relation(x, RelationshipType.FUNDING, "Philip Dorrance", SUBJECT).isPresent());
    }

    @Test
    void shouldTypeDefinedTermUnderProgramsHeadingAsCampaign() throws Exception {
        Extraction x = markdown("## Programs\n\n- **Open Doors Institute**: a training course for tenant organizers.\n");
        assertTrue(entity(x, EntityType.CAMPAIGN, "Open Doors Institute").isPresent());
        assertTrue(relation(x, RelationshipType.CAMPAIGN, SUBJECT, "Open Doors Institute").isPresent());
    }

    @Test
    void shouldCreditPartnerOfProgramBuiltWithIt() throws Exception {
        Extraction x = markdown("## Projects\n\n- **Rent Watch**: a database built with the Civic Data Lab.\n");
        assertTrue(relation(x, RelationshipType.CAMPAIGN, "Civic Data Lab", "Rent Watch").isPresent());
        assertTrue(relation(x, RelationshipType.CAMPAIGN, SUBJECT, "Rent Watch").isPresent());
    }

    @Test
    void shouldKeepCommasInsideNameSpelledByAcronym() throws Exception {
        Extraction x = text("It works with the Federation of Bakers, Cooks and Kitchen Staff (FBCKS) on wage campaigns.");
        assertTrue(entity(x, EntityType.ORGANIZATION, "Federation of Bakers, Cooks and Kitchen Staff").isPresent());
    }

    @Test
    void shouldCarryAdoptedLeadInToNumberedMeasures() throws Exception {
        Extraction x = text("Among the model bills adopted by the coalition are:\n\n1. the Fair Eviction Act, which lengthened notice periods;\n"
            + "2. the Rent Clarity Act, which required posted prices.");
        assertTrue(relation(x, RelationshipType.SUPPORTS, SUBJECT, "Fair Eviction Act").isPresent());
        assertTrue(relation(x, RelationshipType.SUPPORTS, SUBJECT, "Rent Clarity Act").isPresent());
    }

    @Test
    void shouldResolveBothToLawsNamedEarlier() throws Exception {
        Extraction x = text("Lawmakers introduced the Fair Eviction Act in 2010 and the Rent Clarity Act in 2011, and the coalition "
            + "campaigned for the passage of both.");
        assertTrue(relation(x, RelationshipType.SUPPORTS, SUBJECT, "Fair Eviction Act").isPresent());
        assertTrue(relation(x, RelationshipType.SUPPORTS, SUBJECT, "Rent Clarity Act").isPresent());
    }

    @Test
    void shouldReadRoleInPublicBody() throws Exception {
        Extraction x = text("Its founder, Maria Quintero, had served as a state representative in the Oregon House of Representatives.");
        assertTrue(relation(x, RelationshipType.POSITION, "Maria Quintero", "Oregon House of Representatives").isPresent());
    }

    @Test
    void shouldReadEmployerNamedAfterDescription() throws Exception {
        Extraction x = text("Its treasurer, Robert Lang, was deputy chairman of the family investment firm, Lang Capital Management, until 2012.");
        assertTrue(relation(x, RelationshipType.POSITION, "Robert Lang", "Lang Capital Management").isPresent());
    }

    @Test
    void shouldDropCapitalisedOccupationOpeningSentence() throws Exception {
        Extraction x = text("Journalist Maria Quintero later served as the first president of the coalition.");
        assertTrue(entity(x, EntityType.PERSON, "Maria Quintero").isPresent());
    }

    @Test
    void shouldReadDescriptionInAppositionAsTheNamedBody() throws Exception {
        Extraction x = text("The Dorrance Fund, the foundation set up by the banker Philip Dorrance, is a major donor.");
        assertTrue(relation(x, RelationshipType.FOUNDED, "Philip Dorrance", "Dorrance Fund").isPresent());
        assertFalse(relation(x, RelationshipType.FOUNDED, "Philip Dorrance", SUBJECT).isPresent());
    }

    @Test
    void shouldPointParentTiesFromParentToChildWhenChildIsNamedFirst() throws Exception {
        Extraction x = text("Its director, Maria Quintero, is the daughter of the former senator Elena Quintero.");
        ExtractedRelationship r = relation(x, RelationshipType.FAMILY, "Elena Quintero", "Maria Quintero").orElseThrow();
        assertEquals("parent", r.role());
        assertFalse(relation(x, RelationshipType.FAMILY, "Maria Quintero", "Elena Quintero").isPresent());
    }

    @Test
    void shouldPointParentTiesFromParentToChildWhenParentIsNamedFirst() throws Exception {
        Extraction x = text("The coalition was started by Elena Quintero; her son, Tomas Quintero, now runs it.");
        assertTrue(relation(x, RelationshipType.FAMILY, "Elena Quintero", "Tomas Quintero").isPresent());
    }

    @Test
    void shouldReadPressingCompanyToGiveUpAsOpposition() throws Exception {
        Extraction x = text("In 2014 the coalition pressed Grayson Property Holdings to abandon its eviction quotas.");
        assertTrue(relation(x, RelationshipType.OPPOSES, SUBJECT, "Grayson Property Holdings").isPresent());
    }

    @Test
    void shouldReadTargetingCompanyOverConductAsOpposition() throws Exception {
        Extraction x = text("Its 2016 campaign targeted Grayson Property Holdings over its eviction quotas.");
        assertTrue(relation(x, RelationshipType.OPPOSES, SUBJECT, "Grayson Property Holdings").isPresent());
    }

    @Test
    void shouldSplitTwoPeopleSharingOneSurname() throws Exception {
        Extraction x = text("Its early money came from Robert and Helen Marsh, a married couple from Salem.");
        assertTrue(entity(x, EntityType.PERSON, "Robert Marsh").isPresent());
        assertTrue(entity(x, EntityType.PERSON, "Helen Marsh").isPresent());
        assertTrue(relation(x, RelationshipType.FAMILY, "Robert Marsh", "Helen Marsh").isPresent());
    }

    @Test
    void shouldReadFundersListedAfterColon() throws Exception {
        Extraction x = text("The seed money came chiefly from two sources: the banker Philip Dorrance, the insurance executive "
            + "Helen Marsh, and the Lamplight Trust.");
        assertTrue(relation(x, RelationshipType.FUNDING, "Philip Dorrance", SUBJECT).isPresent());
        assertTrue(relation(x, RelationshipType.FUNDING, "Helen Marsh", SUBJECT).isPresent());
        assertTrue(relation(x, RelationshipType.FUNDING, "Lamplight Trust", SUBJECT).isPresent());
    }

    @Test
    void shouldReadOrganizationBegunAsProjectOfAnother() throws Exception {
        Extraction x = text("The coalition started out as a project of the Portland Legal Aid Society in 1990.");
        assertTrue(relation(x, RelationshipType.HIERARCHY, "Portland Legal Aid Society", SUBJECT).isPresent());
    }

    @Test
    void shouldReadStanceNounOpeningListItem() throws Exception {
        Extraction x = markdown("## Campaigns\n\n1. Opposition to the Vagrancy Control Act of 2004, which criminalised sleeping outdoors.\n");
        assertTrue(relation(x, RelationshipType.OPPOSES, SUBJECT, "Vagrancy Control Act of 2004").isPresent());
        assertFalse(entity(x, EntityType.CAMPAIGN, "Opposition").isPresent());
    }

    @Test
    void shouldReadMembersCountedAmongItsMembers() throws Exception {
        Extraction x = text("The Harbor Lights Coalition counts the Riverside Renters Union and the Eastside Housing Association "
            + "among its members.");
        assertTrue(relation(x, RelationshipType.MEMBERSHIP, "Riverside Renters Union", SUBJECT).isPresent());
        assertTrue(relation(x, RelationshipType.MEMBERSHIP, "Eastside Housing Association", SUBJECT).isPresent());
    }

    @Test
    void shouldReadMoneyPouredIntoRecipientAsFunding() throws Exception {
        Extraction x = text("The Dorrance Foundation poured $1.5 million into the Harbor Lights Coalition in 2021.");
        ExtractedRelationship r = relation(x, RelationshipType.FUNDING, "Dorrance Foundation", SUBJECT).orElseThrow();
        assertEquals("2021", r.start());
    }

    @Test
    void shouldTakeSubjectNameBeforeItsConnectorAsShortForm() throws Exception {
        Extraction x = Fixtures.extract("Tenant Conference on Housing Rights\n\nThe Tenant Conference on Housing Rights is a coalition. "
            + "The Tenant Conference lobbies for the Shelter Access Act.\n", "text/plain");
        assertEquals(1, x.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION).count());
        assertTrue(relation(x, RelationshipType.SUPPORTS, "Tenant Conference on Housing Rights", "Shelter Access Act").isPresent());
    }

    @Test
    void shouldReadPassiveStartedWithYearBeforeAgent() throws Exception {
        Extraction x = text("The coalition was started in 1994 by the organizer Delia Marchetti together with two pastors, Owen Trask and Ruth Calloway.");
        assertTrue(relation(x, RelationshipType.FOUNDED, "Delia Marchetti", SUBJECT).isPresent());
        assertTrue(relation(x, RelationshipType.FOUNDED, "Owen Trask", SUBJECT).isPresent());
    }

    @Test
    void shouldReadReducedRelativeFoundingAfterDescription() throws Exception {
        Extraction x = text("It shares offices with the Riverside Tenant Institute, a research group started in 2009 by Ines Valdrop and Carl Mensah.");
        assertTrue(relation(x, RelationshipType.FOUNDED, "Ines Valdrop", "Riverside Tenant Institute").isPresent());
        assertTrue(relation(x, RelationshipType.FOUNDED, "Carl Mensah", "Riverside Tenant Institute").isPresent());
    }

    @Test
    void shouldNotReadIntransitiveStartedAsFounding() throws Exception {
        Extraction x = text("Grace Holloway started in 2010 as a volunteer.");
        assertFalse(relation(x, RelationshipType.FOUNDED, "Grace Holloway", SUBJECT).isPresent());
    }

    @Test
    void shouldGiveRoleToSuccessorNotPredecessor() throws Exception {
        Extraction x = text("Nadia Orlov succeeded Peter Brandt as executive director in 2018.");
        assertTrue(relation(x, RelationshipType.POSITION, "Nadia Orlov", SUBJECT).isPresent());
    }

    @Test
    void shouldNotGiveAsRoleToEmployerInClosedAppositive() throws Exception {
        Extraction x = text("The board chose Lena Marsh, previously the policy director of the Coastal Housing Trust, as president.");
        ExtractedRelationship r = relation(x, RelationshipType.POSITION, "Lena Marsh", SUBJECT).orElseThrow();
        assertEquals("president", r.role());
    }

    @Test
    void shouldReadProgressiveLeadingAsPosition() throws Exception {
        Extraction x = text("Rosa Delgado stepped down in 2020 after leading the Harbor Lights Coalition since 2011.");
        assertTrue(relation(x, RelationshipType.POSITION, "Rosa Delgado", SUBJECT).isPresent());
    }

    @Test
    void shouldKeepPossessiveOfGroupOrPlaceInsideName() throws Exception {
        Extraction x = text("In 2014 the coalition gave $40,000 to the Foundation for Spokane's Future, a pooled fund for renters. "
            + "It also works with the Children's Housing Fund.");
        assertTrue(entity(x, EntityType.ORGANIZATION, "Foundation for Spokane's Future").isPresent());
        assertTrue(entity(x, EntityType.ORGANIZATION, "Children's Housing Fund").isPresent());
        assertFalse(x.entities().stream().anyMatch(e -> e.name().equals("Housing Fund")));
    }

    @Test
    void shouldNotGluePersonPossessiveOntoFollowingName() throws Exception {
        Extraction x = text("The coalition receives funding from Mara Quintero's Quintero Family Fund.");
        assertFalse(x.entities().stream().anyMatch(e -> e.name().contains("Quintero's")));
    }

    @Test
    void shouldResolveDefiniteDescriptionToSubjectSharingHeadNoun() throws Exception {
        Extraction x = text("Its director once worked for the Bay Street Coalition, a housing group in Seattle. "
            + "In 2014 the coalition poured $1 million into the Tenant Defense Fund, a legal aid charity.");
        assertTrue(relation(x, RelationshipType.FUNDING, SUBJECT, "Tenant Defense Fund").isPresent());
        assertFalse(relation(x, RelationshipType.FUNDING, "Bay Street Coalition", "Tenant Defense Fund").isPresent());
    }

    @Test
    void shouldNotReadFundAfterAdjectiveAsVerb() throws Exception {
        Extraction x = text("In 2016 the coalition helped create the Renters Relief Fund, a pooled fund that helps evicted families.");
        assertFalse(relation(x, RelationshipType.FUNDING, "Renters Relief Fund", SUBJECT).isPresent());
    }

    @Test
    void shouldGiveFundingToBothPartnersOfJoinedInUnderwriting() throws Exception {
        Extraction x = text("In 1999 it joined the Willow Creek Foundation in underwriting the launch of the Renters Legal Clinic. In 1968 it joined the Carnegie Corporation of New York in underwriting the launch of the Children's Television Workshop, now called Sesame Workshop.");
        assertTrue(relation(x, RelationshipType.FUNDING, "Willow Creek Foundation", "Renters Legal Clinic").isPresent());
        assertTrue(relation(x, RelationshipType.FUNDING, SUBJECT, "Renters Legal Clinic").isPresent());
        assertFalse(relation(x, RelationshipType.FUNDING, "Willow Creek Foundation", SUBJECT).isPresent());
        assertFalse(relation(x, RelationshipType.MEMBERSHIP, SUBJECT, "Willow Creek Foundation").isPresent());
        assertTrue(x.relationships().stream().filter(r -> r.type() == RelationshipType.FUNDING).count() >= 3);
    }
}
