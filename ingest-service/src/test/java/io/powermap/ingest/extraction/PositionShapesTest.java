package io.powermap.ingest.extraction;

import static io.powermap.ingest.extraction.Fixtures.relation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.EntityType;
import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;

/**
 * Posts stated the ways news and staff pages state them: the body as a modifier of the role, a
 * role shared by a list of holders, a listing's "role, body". Every sentence is invented here.
 */
class PositionShapesTest {

    private static Extraction plain(String text) throws DocumentRejectedException {
        return Fixtures.extract("The Lakeside Tenants Alliance is a housing charity founded in 2004. " + text, "text/plain");
    }


    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Its first chair was Ingrid Solheim, a former Nordhavn Bank regional director.|Ingrid Solheim|Nordhavn Bank|director",
        "\"We will appeal,\" said Tomas Varga, the Harbor Law Centre attorney who argued the case.|Tomas Varga|Harbor Law Centre|attorney",
    })
    void shouldTakeTheBodyNamedBeforeTheRole(String sentence, String person, String organization, String role) throws Exception {
        ExtractedRelationship r = Fixtures.expectRelation(plain(sentence), RelationshipType.POSITION, person, organization);
        assertTrue(r.role().endsWith(role), r.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Its treasurer is Odile Brenner, a former partner at the accounting firm Veldt & Roos.|Odile Brenner|Veldt & Roos|partner",
        "Farid Osei, a former auxiliary magistrate at the Coastal Appeals Court, sits on its board.|Farid Osei|Coastal Appeals Court|magistrate",
        "Its vice-chair, Hanne Lund, is also a professor of labour law at Fjellby University.|Hanne Lund|Fjellby University|professor",
        "Greta Solano, an associate professor at the Northgate Institute of Technology, advises it on data.|Greta Solano|Northgate Institute of Technology|associate professor",
        "Its counsel, Pavel Horak, joined from the Danube Ombudsman Office, where he had been a senior investigator.|Pavel Horak|Danube Ombudsman Office|senior investigator",
        "Mei Lin Cho, a former correspondent at the Harbour Courier, now edits its bulletin.|Mei Lin Cho|Harbour Courier|correspondent",
    })
    void shouldReadAPostElsewhereNamedAfterADescribedBody(String sentence, String person, String organization, String role) throws Exception {
        ExtractedRelationship r = Fixtures.expectRelation(plain(sentence), RelationshipType.POSITION, person, organization);
        assertEquals(role, r.role(), r.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Its first co-president was the economist Mirela Stancu.|Mirela Stancu|co-president",
        "Joaquim Serra served as national co-ordinator from 2009 until 2015.|Joaquim Serra|national co-ordinator",
        "The first treasurer was the retired teacher Agnes Wolde.|Agnes Wolde|treasurer",
        "Ayla Demir was named co-representative in 2021.|Ayla Demir|co-representative",
    })
    void shouldGiveTheSubjectAPostNamedWithoutItsBody(String sentence, String person, String role) throws Exception {
        ExtractedRelationship r = Fixtures.expectRelation(plain(sentence), RelationshipType.POSITION, person, "Lakeside Tenants Alliance");
        assertEquals(role, r.role(), r.toString());
    }

    @Test
    void shouldGiveASharedPostToEveryListedHolder() throws Exception {
        Extraction x = plain("Its current co-chairs are Ines Duarte, Kwame Boateng and Lior Abramov.");
        for (String person : new String[] {"Ines Duarte", "Kwame Boateng", "Lior Abramov"}) {
            assertEquals("co-chair", Fixtures.expectRelation(x, RelationshipType.POSITION, person, "Lakeside Tenants Alliance").role());
        }
    }

    @Test
    void shouldReadAListingsRoleThenItsBody() throws Exception {
        Extraction x = Fixtures.extract("<html><head><title>Board - Lakeside Tenants Alliance</title></head><body>"
            + "<h1>Our board</h1><ul><li><strong>Priya Raman</strong>, Trustee &mdash; founder and chief executive, Tessellate Labs Ltd</li>"
            + "</ul></body></html>", "text/html");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Priya Raman", "Tessellate Labs Ltd");
    }

    @Test
    void shouldFindThePersonNamedAfterWhoseRoleIs() throws Exception {
        Extraction x = plain("The Quayside Renters Union, whose general secretary is Oluwaseun Adeyemi-Briggs, joined the campaign.");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Oluwaseun Adeyemi-Briggs", "Quayside Renters Union");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Dorota Wilk \u2013 Investigations Officer|Dorota Wilk|investigations officer",
        "Tiago Ferraz \u2013 Programme Lead, Andean region|Tiago Ferraz|programme lead",
        "Chidi Okafor \u2014 Head of Digital Security|Chidi Okafor|head of digital security",
        "Mei Lin Tan - Tech Researcher|Mei Lin Tan|tech researcher",
    })
    void shouldReadAStaffListingsDashedTitle(String item, String person, String role) throws Exception {
        Extraction x = Fixtures.extract("<html><head><title>People | Lakeside Tenants Alliance</title></head><body>"
            + "<h1>Our people</h1><p>The Lakeside Tenants Alliance is a housing charity.</p><ul><li>Aisha Rahman \u2013 Director</li><li>"
            + item + "</li></ul></body></html>", "text/html");
        assertEquals(role, Fixtures.expectRelation(x, RelationshipType.POSITION, person, "Lakeside Tenants Alliance").role());
    }

    @Test
    void shouldNotReadADashedPhraseWithoutATitleAsAPost() throws Exception {
        Extraction x = Fixtures.extract("<html><head><title>News | Lakeside Tenants Alliance</title></head><body>"
            + "<p>The Lakeside Tenants Alliance is a housing charity.</p><ul><li>Harbour Point \u2013 new flats opened in May</li></ul>"
            + "</body></html>", "text/html");
        assertTrue(x.relationships().stream().noneMatch(r -> r.type() == RelationshipType.POSITION), x.relationships().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Its managing director since 2018 has been Oskar Lindqvist.|Oskar Lindqvist",
        "Its treasurer has been Wanjiru Kamau.|Wanjiru Kamau",
        "The alliance has been chaired since 2021 by Marta Kowalczyk.|Marta Kowalczyk",
        "Since 2019 it has been presided over by the economist Joana Ferreira da Costa.|Joana Ferreira da Costa",
        "Its audit committee is chaired by Teodora Vulpe.|Teodora Vulpe",
        "The vice-president is Ikenna Obi, a surveyor from Enugu.|Ikenna Obi",
    })
    void shouldFindAHolderNamedAfterARoleAndItsYear(String sentence, String person) throws Exception {
        Fixtures.expectRelation(plain(sentence), RelationshipType.POSITION, person, "Lakeside Tenants Alliance");
    }

    @Test
    void shouldTakeABodyWordBeforeARoleAsTheRolesModifier() throws Exception {
        Extraction x = plain("Haruto Sato, the group chairman and a former president of Minato Chemical Industries, spoke first.");
        assertTrue(Fixtures.entity(x, io.powermap.contract.EntityType.PERSON, "Haruto Sato").isPresent(), x.entities().toString());
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Haruto Sato", "Minato Chemical Industries");
    }

    @Test
    void shouldKnowAPersonByWhoAndByAPostHandedOn() throws Exception {
        Extraction x = plain("She took over from Tomasz Zielinski, who stood down in 2020, and thanked Bartosz Nowicki, who had run the helpline.");
        assertTrue(Fixtures.entity(x, io.powermap.contract.EntityType.PERSON, "Tomasz Zielinski").isPresent(), x.entities().toString());
        assertTrue(Fixtures.entity(x, io.powermap.contract.EntityType.PERSON, "Bartosz Nowicki").isPresent(), x.entities().toString());
    }

    @Test
    void shouldReadAStaffCardsNameAndTitleBlocksAsOneListing() throws Exception {
        Extraction x = Fixtures.extract("<html><head><title>Team | Lakeside Tenants Alliance</title></head><body><h1>Our Team</h1>"
            + "<p>The Lakeside Tenants Alliance is a housing charity.</p>"
            + "<div class=card><h3>Oyelaran Adebayo</h3><p>Chief Campaigns Officer</p></div>"
            + "<div class=card><h3>Ruth Abernathy-Cole</h3><p>Director of Organizing (since 2022)</p></div>"
            + "</body></html>", "text/html");
        assertEquals("chief campaigns officer", Fixtures.expectRelation(x, RelationshipType.POSITION, "Oyelaran Adebayo", "Lakeside Tenants Alliance").role());
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Ruth Abernathy-Cole", "Lakeside Tenants Alliance");
    }

    @Test
    void shouldNotJoinASectionHeadingToTheLineUnderIt() throws Exception {
        Extraction x = Fixtures.extract("<html><head><title>Team | Lakeside Tenants Alliance</title></head><body>"
            + "<p>The Lakeside Tenants Alliance is a housing charity.</p><h2>Our Leadership</h2><p>Executive Director Search Underway</p>"
            + "</body></html>", "text/html");
        assertTrue(x.entities().stream().noneMatch(e -> e.name().contains("Leadership")), x.entities().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Halina Wrona sits on the advisory board of the Quay Justice Fund.|Halina Wrona|Quay Justice Fund",
        "Oduya Mensah, who was dean of the Coastal School of Law from 2008 to 2014, joined in 2015.|Oduya Mensah|Coastal School of Law",
        "Ai-jen Tran directed the Quay Justice Fund from 2007 until 2020.|Ai-jen Tran|Quay Justice Fund",
    })
    void shouldReadAPostAtAnotherBody(String sentence, String person, String organization) throws Exception {
        Fixtures.expectRelation(plain(sentence), RelationshipType.POSITION, person, organization);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Halvard Aune joined the board in 2018.|Halvard Aune|2018",
        "Priya Menon joined the executive board in 2021 and oversees finance.|Priya Menon|2021",
    })
    void shouldReadJoiningABoardNamedByNoOwnerAsAPostAtTheSubject(String sentence, String person, String year) throws Exception {
        assertEquals(year, Fixtures.expectRelation(plain(sentence), RelationshipType.POSITION, person, "Lakeside Tenants Alliance").start());
    }

    @Test
    void shouldKeepTheOwnerOfABoardThatIsNamed() throws Exception {
        Extraction x = plain("Halvard Aune joined the board of the Fjord Housing Trust in 2018.");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Halvard Aune", "Fjord Housing Trust");
        assertTrue(relation(x, RelationshipType.POSITION, "Halvard Aune", "Lakeside Tenants Alliance").isEmpty(), x.relationships().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Halima Osei is director of the tenant advice programme.|Halima Osei|director of the tenant advice programme",
        "Jonas Ek is head of campaigns and communications.|Jonas Ek|head of campaigns and communications",
        "Rafaela Duarte is deputy director of research since 2021.|Rafaela Duarte|deputy director of research",
        "Wiremu Tane is senior researcher.|Wiremu Tane|senior researcher",
        "Svetlana Moroz led the alliance as executive director until 2016.|Svetlana Moroz|executive director",
    })
    void shouldGiveThePostAPartOfTheBodyOrABareTitleAtTheSubject(String sentence, String person, String role) throws Exception {
        ExtractedRelationship r = Fixtures.expectRelation(plain(sentence), RelationshipType.POSITION, person, "Lakeside Tenants Alliance");
        assertEquals(role, r.role(), r.toString());
    }

    @Test
    void shouldNotPlaceAPostAtAnUnnamedBodyInTheSubject() throws Exception {
        Extraction x = plain("Odile Marchand is president of a neighbouring residents' club.");
        assertTrue(relation(x, RelationshipType.POSITION, "Odile Marchand", "Lakeside Tenants Alliance").isEmpty(), x.relationships().toString());
    }

    @Test
    void shouldGiveAListedPostToHoldersDescribedBeforeTheirNames() throws Exception {
        Extraction x = plain("Other trustees include Ilse Vogt of Graz and the retired surgeon Baraka Mwangi. "
            + "Its advisers include the economist Ruth Adebayo and Hamid Sultani.");
        for (String person : new String[] {"Ilse Vogt", "Baraka Mwangi"}) {
            ExtractedRelationship r = Fixtures.expectRelation(x, RelationshipType.POSITION, person, "Lakeside Tenants Alliance");
            assertEquals("trustee", r.role(), r.toString());
            assertTrue(r.current() == null || r.current(), "a retired surgeon still holds the seat: " + r);
        }
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Ruth Adebayo", "Lakeside Tenants Alliance");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Hamid Sultani", "Lakeside Tenants Alliance");
    }

    @Test
    void shouldReadAPostThatOpensTheSentenceBeforeTheName() throws Exception {
        Extraction x = plain("Treasurer Mbali Khoza is a tax lawyer in Durban.");
        assertEquals("treasurer", Fixtures.expectRelation(x, RelationshipType.POSITION, "Mbali Khoza", "Lakeside Tenants Alliance").role());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Tsegaye Wolde-Mariam led the Lakeside Tenants Alliance from 2011 to 2016.|Tsegaye Wolde-Mariam|2011|2016",
        "Before her, Oyuna Batbayar chaired the alliance between 2003 and 2009.|Oyuna Batbayar|2003|2009",
        "Kaveh Ardalani-Moss headed it until 2020, when he retired.|Kaveh Ardalani-Moss||2020",
    })
    void shouldTakeWhoeverHeadedTheBodyForAPeriodForAPerson(String sentence, String person, String start, String end) throws Exception {
        ExtractedRelationship r = Fixtures.expectRelation(plain(sentence), RelationshipType.POSITION, person, "Lakeside Tenants Alliance");
        assertEquals(end, r.end(), r.toString());
        if (start != null) {
            assertEquals(start, r.start(), r.toString());
        }
    }

    @Test
    void shouldNotTakeABodyThatLedAnEventForAPerson() throws Exception {
        Extraction x = plain("Harbor Renters Network led the march on Saturday.");
        assertTrue(Fixtures.entityNamed(x, "Harbor Renters Network").stream().noneMatch(e -> e.type() == EntityType.PERSON), x.entities().toString());
    }

    @Test
    void shouldTakeTheHolderOfAPostPresidedOver() throws Exception {
        Fixtures.expectRelation(plain("Its board is presided over by Ximena Quispe-Laurent."), RelationshipType.POSITION,
            "Ximena Quispe-Laurent", "Lakeside Tenants Alliance");
    }

    @Test
    void shouldKnowATwoWordSurnameUsedAloneAsTheSamePerson() throws Exception {
        Extraction x = plain("It was set up by Lucía Fernández Ordóñez and two neighbours. Fernández Ordóñez directed it until 2015.");
        ExtractedRelationship r = Fixtures.expectRelation(x, RelationshipType.POSITION, "Lucía Fernández Ordóñez", "Lakeside Tenants Alliance");
        assertEquals("2015", r.end(), r.toString());
        assertTrue(Fixtures.entityNamed(x, "Fernández Ordóñez").isEmpty(), x.entities().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ilkka Saarinen-Abebe has headed the legal team since 2019.|Ilkka Saarinen-Abebe|2019|head of legal team",
        "Noor Hakimi-Lowe has directed its research unit since 2015.|Noor Hakimi-Lowe|2015|director",
    })
    void shouldGiveTheHeadOfAnUnnamedUnitAPostAtTheSubject(String sentence, String person, String start, String role) throws Exception {
        ExtractedRelationship r = Fixtures.expectRelation(plain(sentence), RelationshipType.POSITION, person, "Lakeside Tenants Alliance");
        assertEquals(role, r.role(), r.toString());
        if (start != null) {
            assertEquals(start, r.start(), r.toString());
        }
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Ousmane Diallo has been coordinator-general of the Sahel Budget Forum since 2017.|coordinator-general",
        "Ousmane Diallo, the treasurer-elect of the Sahel Budget Forum, presented the accounts.|treasurer-elect",
        "Ousmane Diallo was named editor-in-chief of the Sahel Budget Forum in 2017.|editor-in-chief",
    })
    void shouldReadAPostJoinedToItsTailByAHyphen(String sentence, String role) throws Exception {
        Extraction x = Fixtures.extract(sentence, "text/plain");
        assertEquals(role, Fixtures.expectRelation(x, RelationshipType.POSITION, "Ousmane Diallo", "Sahel Budget Forum").role());
    }

    @Test
    void shouldNotGiveAPluralPostOfOthersToThePersonBeforeIt() throws Exception {
        Extraction x = Fixtures.extract("The Harbourside Churches Forum was founded in 1981 by Colm Rathmore, then the bishop of "
            + "the coastal diocese, together with Presbyterian and Baptist leaders who wanted one voice.", "text/plain");
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Colm Rathmore", "Harbourside Churches Forum");
        assertTrue(x.relationships().stream().noneMatch(r -> r.type() == RelationshipType.POSITION), x.relationships().toString());
    }
}
