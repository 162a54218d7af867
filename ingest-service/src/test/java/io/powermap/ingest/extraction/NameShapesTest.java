package io.powermap.ingest.extraction;

import static io.powermap.ingest.extraction.Fixtures.entity;
import static io.powermap.ingest.extraction.Fixtures.entityNamed;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.powermap.contract.EntityType;
import io.powermap.contract.ExtractedEntity;

/**
 * Names recognised by their shape and the words around them, not by a list of names: people whose
 * first name no list holds, and laws written the way other parliaments write them. Every sentence is
 * invented for this test.
 */
class NameShapesTest {

    private static final String OPENING = "The Lakeside Tenants Alliance is a housing charity founded in 2004. ";

    private static Extraction plain(String text) throws DocumentRejectedException {
        return Fixtures.extract(OPENING + text, "text/plain");
    }

    private static void expectEntity(Extraction x, EntityType type, String name) {
        assertTrue(entity(x, type, name).isPresent(), "no " + type + " " + name + " among "
            + x.entities().stream().map(e -> e.type() + ":" + e.name()).toList());
    }

    @Nested
    class PeopleAfterAnOfficeTitle {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Housing Minister Tendai Moyo praised the alliance on Friday.|Tendai Moyo",
            "Regional Premier Oskari Lahtinen refused to meet its organisers.|Oskari Lahtinen",
            "The plan was announced by Senate President Ebere Nwachukwu last spring.|Ebere Nwachukwu",
            "Finance Secretary Radoslav Petrov said the grant would continue.|Radoslav Petrov",
            "Board Chair Yusuf Demirci opened the annual meeting.|Yusuf Demirci",
        })
        void shouldFindThePersonAfterTheTitleAndItsPortfolio(String sentence, String person) throws Exception {
            Extraction x = plain(sentence);
            expectEntity(x, EntityType.PERSON, person);
            assertTrue(x.entities().stream().noneMatch(e -> e.name().endsWith(" " + person)),
                "the title stays outside the name: " + x.entities());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Senators Ilse Brandvold and Tomasz Wierzba wrote to the alliance.|Ilse Brandvold|Tomasz Wierzba",
        })
        void shouldFindEveryPersonAfterAPluralTitle(String sentence, String first, String second) throws Exception {
            Extraction x = plain(sentence);
            expectEntity(x, EntityType.PERSON, first);
            expectEntity(x, EntityType.PERSON, second);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Its Senior Vice President spoke first.|Senior Vice President",
            "The National Deputy Director resigned.|Director",
        })
        void shouldNotTakeATitleAloneForAPerson(String sentence, String notAPerson) throws Exception {
            Extraction x = plain(sentence);
            assertFalse(entity(x, EntityType.PERSON, notAPerson).isPresent(), x.entities().toString());
        }
    }

    @Nested
    class PeopleDescribedAroundTheName {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Ottilie Haugland, a Norwegian former civil servant, chaired the alliance until 2019.|Ottilie Haugland",
            "The money came from Teodor Vlasceanu, a retired Bucharest manufacturer.|Teodor Vlasceanu",
            "The alliance hired the economists Rasmus Kjeldsen and Amara Oduya in 2021.|Rasmus Kjeldsen",
            "Critics pointed to Bence Farkasházy's government, which cut the housing budget.|Bence Farkasházy",
            "Liesel Ambrosch led the alliance for a decade. Kaveh Sohrabi succeeded her in 2015.|Kaveh Sohrabi",
            "Its president, Baek Seung-hwan, called the vote a betrayal.|Baek Seung-hwan",
            "Shin Ji-yeon, the alliance's treasurer, signed the accounts.|Shin Ji-yeon",
            "She took over from Grzegorz Wierzbicki, who retired in 2019.|Grzegorz Wierzbicki",
        })
        void shouldTakeTheNameForAPerson(String sentence, String person) throws Exception {
            expectEntity(plain(sentence), EntityType.PERSON, person);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "The alliance was started by Marguerite Oyelaran, Wendell Strachan and Ikaika Kahananui.|Ikaika Kahananui",
            "Its trustees are Ruth Abernathy, Dagny Solberg and Emeka Obiora.|Dagny Solberg",
        })
        void shouldCarryPersonFromOneListedNameToTheOthers(String sentence, String person) throws Exception {
            expectEntity(plain(sentence), EntityType.PERSON, person);
        }
    }

    @Nested
    class OrganizationsWithoutAKeyword {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "The suit was filed with the Coastal Justice Foundation, Brinewatch and Ostrava Rising.|Brinewatch",
            "Retailers such as Kaufgrund, Merula and the Danube Traders Association signed the pledge.|Merula",
            "The alliance's national secretary, Juno Albescu, spoke for Tidewalk at the rally; Tidewalk's national president stayed away.|Tidewalk",
            "Its treasurer was previously a senior editor at Northgate Review.|Northgate Review",
            "The petition ran on Harborvoice.org for a month.|Harborvoice.org",
            "The alliance works with Veldspar, a legal-aid centre in Pretoria.|Veldspar",
            "Its lawyers often cite Kantara, a human-rights observatory in Beirut.|Kantara",
        })
        void shouldTakeTheNameForAnOrganization(String sentence, String organization) throws Exception {
            expectEntity(plain(sentence), EntityType.ORGANIZATION, organization);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Lakeside, as members call it, was run from a church hall. Paulette Guerin was director at Lakeside until 2012.|Lakeside Tenants Alliance|Lakeside",
        })
        void shouldKeepAShortFormOfTheSubjectAsTheSubject(String sentence, String subject, String shortForm) throws Exception {
            Extraction x = plain(sentence);
            expectEntity(x, EntityType.ORGANIZATION, subject);
            assertTrue(x.entities().stream().noneMatch(e -> e.name().equals(shortForm)), x.entities().toString());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Sendero is a newsroom in Lima. It was registered as the Asociación Civil Sendero in 2011. Sendero joined the Andean Press Network.|Sendero|Asociación Civil Sendero",
            "Datenwerk publishes court records. Its legal body is the Stiftung Offene Datenwerk, and Datenwerk keeps its name.|Datenwerk|Stiftung Offene Datenwerk",
        })
        void shouldKnowASubjectByItsLegalName(String text, String shortName, String legalName) throws Exception {
            Extraction x = Fixtures.extract(text, "text/plain");
            long bodies = x.entities().stream()
                .filter(e -> e.name().equals(shortName) || e.name().equals(legalName) || e.aliases().contains(shortName) || e.aliases().contains(legalName))
                .count();
            assertTrue(bodies == 1, "expected one body named " + shortName + " and " + legalName + ": " + x.entities());
        }
    }

    @Nested
    class BodiesNamedInTheirOwnLanguage {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "A grant from the Ministero della Cultura paid for the tenants' survey.|Ministero della Cultura",
            "The alliance wrote to the Consejo para la Vivienda Digna last year.|Consejo para la Vivienda Digna",
            "Its lawyers trained at the Technische Universität zu Braunschweig.|Technische Universität zu Braunschweig",
            "The Komisi Perlindungan Konsumen backed the alliance's complaint.|Komisi Perlindungan Konsumen",
            "Members of the Partito della Rifondazione Sociale voted against the bill.|Partito della Rifondazione Sociale",
            "The alliance sued the Defensoría por los Inquilinos over the eviction rules.|Defensoría por los Inquilinos",
            "It has an office beside the Bundesamt für Wohnungswesen in the capital.|Bundesamt für Wohnungswesen",
        })
        void shouldTakeTheKindWordAndTheLowerCaseWordsAfterItIntoTheName(String sentence, String body) throws Exception {
            expectEntity(plain(sentence), EntityType.ORGANIZATION, body);
        }

        @Test
        void shouldNotTakeASentenceOpeningAdverbIntoAName() throws Exception {
            Extraction x = plain("Besides ARCH, the alliance works with two smaller groups.");
            assertFalse(entityNamed(x, "Besides ARCH").isPresent(), "the adverb is not a name: " + x.entities());
        }
    }

    @Nested
    class CampaignsWithSmallWordsOrATrailingKind {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Since 2018 it has run the Keep the Keys campaign with tenant unions.|Keep the Keys",
            "In 2021 it launched its Homes Before Profit initiative in three cities.|Homes Before Profit",
            "The Open Doors ad campaign ran on buses for a month.|Open Doors",
            "Its flagship is the Tenant Voice Index, an annual ranking of landlords.|Tenant Voice Index",
            "Its Warm Winters push won heating grants for older renters.|Warm Winters",
            "Its Landlord Watch project, begun in 2020, logs illegal evictions.|Landlord Watch",
            "Their campaign Fair Rents Now asks the city for a cap.|Fair Rents Now",
            "Its oldest campaign is Doors Open Sunday, held every spring.|Doors Open Sunday",
        })
        void shouldTakeTheWholeNameForACampaign(String sentence, String campaign) throws Exception {
            expectEntity(plain(sentence), EntityType.CAMPAIGN, campaign);
        }
    }

    @Nested
    class AcronymsSharedByTwoBodies {

        @Test
        void shouldGiveTheAcronymToTheBodyNamedMostOften() throws Exception {
            Extraction x = Fixtures.extract("The Danube Relief Council is a humanitarian foundation. The Danube Relief Council "
                + "was set up in 1951. Its first chair had worked for the Danube Red Cross. Today the DRC runs camps in "
                + "nine countries, and the Danube Relief Council employs 4,000 people.", "text/plain");
            ExtractedEntity council = entity(x, EntityType.ORGANIZATION, "Danube Relief Council").orElseThrow();
            assertTrue(council.aliases().contains("DRC"), council.toString());
            assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("DRC")), x.entities().toString());
        }

        @Test
        void shouldGiveTheAcronymToTheBodyThePageTitleNames() throws Exception {
            Extraction x = Fixtures.extract("<html><head><title>Board and governance \u2013 Danube Relief Council</title></head>"
                + "<body><h1>Board and governance</h1><p>The Danube Relief Council is a humanitarian foundation. Its first chair "
                + "had worked for the Danube Red Cross.</p><p>The DRC board meets four times a year. The DRC publishes its "
                + "accounts every spring.</p></body></html>", "text/html");
            ExtractedEntity council = entity(x, EntityType.ORGANIZATION, "Danube Relief Council").orElseThrow();
            assertTrue(council.aliases().contains("DRC"), council.toString());
        }
    }

    @Nested
    class LawsAsOtherParliamentsWriteThem {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "The alliance opposed the Renters Reform Act 2024 from the start.|Renters Reform Act 2024",
            "It lobbied against the Rent, Deposits and Evictions Act 2019.|Rent, Deposits and Evictions Act 2019",
            "It welcomed the Housing (Temporary Accommodation) Act 2021.|Housing (Temporary Accommodation) Act 2021",
            "It campaigned against Bill 61, which froze rents for a year.|Bill 61",
            "It supported the European Tenancy Regulation adopted in 2022.|European Tenancy Regulation",
            "It cited the Charter of Fundamental Rights and Freedoms in court.|Charter of Fundamental Rights and Freedoms",
            "It testified against Bill 3.115/2022 in the lower house.|Bill 3.115/2022",
            "In May it endorsed Municipal Bill 88/2021 on shelters.|Municipal Bill 88/2021",
            "The alliance wants Law 9,604/2019 enforced.|Law 9,604/2019",
            "It filed comments on Bill S-14 last winter.|Bill S-14",
            "The alliance denounced PLP 41/2023 as a giveaway.|PLP 41/2023",
            "Its lawyers challenged the Ley de Vivienda Digna in court.|Ley de Vivienda Digna",
            "It welcomed the Lei Geral de Moradia when it passed.|Lei Geral de Moradia",
            "The alliance criticised the Mietpreisbremsegesetz as too weak.|Mietpreisbremsegesetz",
            "It backed Law 2031 of 2020 on tenancy deposits.|Law 2031 of 2020",
        })
        void shouldFindTheWholeLaw(String sentence, String law) throws Exception {
            expectEntity(plain(sentence), EntityType.LEGISLATION, law);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "It backed the EU's Platform Work Directive in 2023.|Platform Work Directive",
            "It welcomed the US Fair Housing Act but asked for more.|Fair Housing Act",
        })
        void shouldLeaveTheLawmakersPlaceOutOfTheName(String sentence, String law) throws Exception {
            expectEntity(plain(sentence), EntityType.LEGISLATION, law);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Its board is chaired by Noor Haddad of the Saltmarsh Institute.|Noor Haddad|Saltmarsh Institute",
        "Judge Teodora Vasquez-Lim of the Coastal District Court dismissed the claim against the alliance.|Teodora Vasquez-Lim|Coastal District Court",
        "Senator Bram Okafor of the Prairie Labour Party criticised the alliance.|Bram Okafor|Prairie Labour Party",
    })
    void shouldSplitAPersonFromTheBodyNamedAfterOf(String sentence, String person, String body) throws Exception {
        Extraction x = plain(sentence);
        expectEntity(x, EntityType.PERSON, person);
        expectEntity(x, EntityType.ORGANIZATION, body);
    }

    @Test
    void shouldKeepOfInsideABodysName() throws Exception {
        Extraction x = plain("The alliance is a member of the Federation of Harbour Tenants.");
        expectEntity(x, EntityType.ORGANIZATION, "Federation of Harbour Tenants");
    }

    @Test
    void shouldLeaveAMembersLettersOffAPartysName() throws Exception {
        Extraction x = plain("The alliance is backed by Ingrid Moss, a Meadow Party MP.");
        assertTrue(x.entities().stream().noneMatch(e -> e.name().endsWith(" MP")), x.entities().toString());
    }

    @Test
    void shouldReadEveryItemOfAListSetOffBySemicolons() throws Exception {
        Extraction x = plain("Member groups include Rootline, a renters' hub in Leeds; the Canal Street Residents Association; "
            + "Vecinos Unidos of Seville; and the Hill Top Tenants Union in Bristol.");
        for (String member : new String[] {"Rootline", "Canal Street Residents Association", "Vecinos Unidos of Seville",
            "Hill Top Tenants Union"}) {
            assertTrue(Fixtures.relation(x, io.powermap.contract.RelationshipType.MEMBERSHIP, member, "Lakeside Tenants Alliance").isPresent(),
                member + " in " + x.relationships());
        }
    }

    @Test
    void shouldKeepACountryAfterABodysKeywordInItsName() throws Exception {
        Extraction x = Fixtures.extract("The Bar Association of Ghana opened a clinic in Accra. Later the Bar Association "
            + "sued the Ministry of Roads.", "text/plain");
        expectEntity(x, EntityType.ORGANIZATION, "Bar Association of Ghana");
        assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("Bar Association")), x.entities().toString());
    }

    @Test
    void shouldTakeTheBodyAStoryKeepsReferringToAsItsSubject() throws Exception {
        Extraction x = Fixtures.extract("""
            Ghanaian lawyers take road levy to court as fuel prices climb

            ACCRA — The Bar Association of Ghana has asked the Supreme Court to strike down a new road levy.
            The association says the levy was passed without a vote. The Supreme Court will hear the case in May.
            The association's secretary, Kojo Mensah-Bonsu, said members would picket the ministry.
            """, "text/plain");
        assertTrue(Fixtures.relation(x, io.powermap.contract.RelationshipType.POSITION, "Kojo Mensah-Bonsu", "Bar Association of Ghana")
            .isPresent(), x.relationships().toString());
        assertTrue(Fixtures.relation(x, io.powermap.contract.RelationshipType.POSITION, "Kojo Mensah-Bonsu", "Supreme Court")
            .isEmpty(), x.relationships().toString());
    }

    @Nested
    class NamesWrittenInLowerCase {

        @Test
        void shouldFindABodyThatWritesItsNameInLowerCaseAndKeepItAsWritten() throws Exception {
            Extraction x = Fixtures.extract("""
                The watchdog fairvote said on Tuesday that it would appeal. fairvote was set up in 2011 by Greta Lindahl.
                Its director, Oskar Brenner, called the ruling a setback. fairvote also criticised the Electoral Office.
                The Electoral Office declined to comment. Lawyers expect a hearing in the spring.
                """, "text/plain");
            expectEntity(x, EntityType.ORGANIZATION, "fairvote");
            assertTrue(Fixtures.relation(x, io.powermap.contract.RelationshipType.FOUNDED, "Greta Lindahl", "fairvote").isPresent(),
                x.relationships().toString());
            assertTrue(Fixtures.relation(x, io.powermap.contract.RelationshipType.POSITION, "Oskar Brenner", "fairvote").isPresent(),
                x.relationships().toString());
        }

        @Test
        void shouldFindANameWithACapitalInsideALowerCaseWord() throws Exception {
            Extraction x = plain("The alliance sells surplus furniture on eBay and was praised by the city council.");
            expectEntity(x, EntityType.ORGANIZATION, "eBay");
        }

        @Test
        void shouldNotTakeWordsOfCarelessLowerCaseTextForNames() throws Exception {
            Extraction x = Fixtures.extract("""
                meeting notes from the tenants. rent went up again in march. members want a lawyer.
                rent is due on the first. members will vote next week. the chair is Ana Ruiz.
                """, "text/plain");
            assertTrue(x.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase("rent") || e.name().equalsIgnoreCase("members")),
                x.entities().toString());
        }
    }

    @Nested
    class NamesWithLowerCaseParticles {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "The Maarten van Hoorn Fund gave the alliance 40,000 euros in 2022.|Maarten van Hoorn Fund|Maarten van Hoorn",
            "The Elisabeth von Straten Stiftung pays for its legal clinic.|Elisabeth von Straten Stiftung|Elisabeth von Straten",
            "Money from the Joost van der Meulen Trust ended in 2020.|Joost van der Meulen Trust|Joost van der Meulen",
        })
        void shouldKeepAFoundationNamedAfterAPersonWhole(String sentence, String body, String person) throws Exception {
            Extraction x = plain(sentence);
            expectEntity(x, EntityType.ORGANIZATION, body);
            assertTrue(x.entities().stream().noneMatch(e -> person.endsWith(" " + e.name()) || e.name().equals(person.split(" ")[0])),
                "no piece of the name stands alone: " + x.entities());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Its treasurer is Pieter van Dijk, a retired notary.|Pieter van Dijk",
            "Ursula von der Heide chairs the alliance's board.|Ursula von der Heide",
            "The alliance is led by Rosa de la Fuente.|Rosa de la Fuente",
            "Its lawyer, Faridah bin Yusof, filed the appeal.|Faridah bin Yusof",
        })
        void shouldFindAPersonWhoseSurnameHasAParticle(String sentence, String person) throws Exception {
            Extraction x = plain(sentence);
            expectEntity(x, EntityType.PERSON, person);
        }
    }

    @Nested
    class WebAddressesAsNames {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Verifica.it", "Prawda.pl", "Kontrola.cz", "Rastreo.mx"})
        void shouldKeepAWebAddressWithACountryDomainAsOneOrganization(String address) throws Exception {
            Extraction x = plain("The alliance shares its rent data with " + address + ", a fact-checking site, since 2020. "
                + address + " was founded by Tullio Marchetti-Oyelaran.");
            expectEntity(x, EntityType.ORGANIZATION, address);
            Fixtures.expectRelation(x, io.powermap.contract.RelationshipType.FOUNDED, "Tullio Marchetti-Oyelaran", address);
        }

        @Test
        void shouldTakeABodysWebAddressForTheBody() throws Exception {
            Extraction x = Fixtures.extract("Quillwatch is a consumer group in Hamburg. Quillwatch campaigns against sugary drinks.\n\n"
                + "Petitions and reports: Quillwatch.de\n", "text/plain");
            assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("Quillwatch.de")), x.entities().toString());
            assertTrue(entityNamed(x, "Quillwatch").orElseThrow().aliases().contains("Quillwatch.de"), x.entities().toString());
        }
    }

    @Nested
    class OtherNamesOfABody {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "The Danube Tenants Union, known at home as DTSz, refused the demand.|Danube Tenants Union|DTSz",
            "The Coastal Press Guild, known locally as Gremio Costero, filed the complaint.|Coastal Press Guild|Gremio Costero",
            "The Northern Water Forum, formerly known as the Riverside Users Council, joined the suit.|Northern Water Forum|Riverside Users Council",
        })
        void shouldTakeTheNameItIsKnownByForAnAlias(String sentence, String body, String alias) throws Exception {
            Extraction x = plain(sentence);
            assertTrue(entity(x, EntityType.ORGANIZATION, body).orElseThrow().aliases().contains(alias), x.entities().toString());
            assertTrue(x.entities().stream().noneMatch(e -> e.name().equals(alias)), x.entities().toString());
        }
    }

    @Nested
    class TwoNamesJoinedByAnd {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "The report was written by the Lisbon Institute for Public Ethics and Fundacja Wolnego Słowa.|Lisbon Institute for Public Ethics|Fundacja Wolnego Słowa",
            "Grants came from the Alder Foundation for Rural Schools and Stichting Lage Landen.|Alder Foundation for Rural Schools|Stichting Lage Landen",
            "It works with the Coast Council for Fair Housing and KEMRA Tanzania.|Coast Council for Fair Housing|KEMRA Tanzania",
        })
        void shouldSplitTwoNamesWhenTheSecondOpensWithAKeywordOrAnAcronym(String sentence, String first, String second) throws Exception {
            Extraction x = plain(sentence);
            expectEntity(x, EntityType.ORGANIZATION, first);
            expectEntity(x, EntityType.ORGANIZATION, second);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Centre for Strategic and International Studies", "Center for Climate and Energy Solutions",
            "Institute for Labour and Social Research"})
        void shouldKeepOneNameWhoseSecondHalfIsNotANameOfItsOwn(String name) throws Exception {
            expectEntity(plain("The alliance commissioned a study from the " + name + " in 2022."), EntityType.ORGANIZATION, name);
        }
    }

    @Nested
    class NamesSetByHeaderDefinitionOrPlace {

        @Test
        void shouldKeepAHeaderNameFollowedByItsOwnInitials() throws Exception {
            Extraction x = Fixtures.extract("Northern Plains Bureau for Prison Monitoring and Legal Aid (NPB)\n\n"
                + "The Bureau was set up in 1998. Its first director was Aliya Nurlanova.", "text/plain");
            assertTrue(entity(x, EntityType.ORGANIZATION, "Northern Plains Bureau for Prison Monitoring and Legal Aid").isPresent(),
                x.entities().toString());
            assertTrue(x.subjectId() != null, "a subject: " + x.entities());
        }

        @Test
        void shouldKeepAHeaderNameTheBodyCallsByItsCapitalisedKindWord() throws Exception {
            Extraction x = Fixtures.extract("Upland Water Rights Institute\n\nThe Institute was founded in 2003 and advises "
                + "village councils. In 2019 the Institute opened a second office.", "text/plain");
            assertTrue(entity(x, EntityType.ORGANIZATION, "Upland Water Rights Institute").isPresent(), x.entities().toString());
        }

        @Test
        void shouldNotKeepAHeadlineWhoseKindWordTheBodyWritesInLowerCase() throws Exception {
            Extraction x = Fixtures.extract("Tenants Group Wins Fight Over Heating Bills\n\nThe Dunmore Renters Union won "
                + "its case on Friday. The group said it would now press the council.", "text/plain");
            assertTrue(x.entities().stream().noneMatch(e -> e.name().contains("Wins")), x.entities().toString());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Al Qantara (\u0627\u0644\u0642\u0646\u0637\u0631\u0629, \"the bridge\") is an independent Lebanese organisation that tracks public tenders.",
            "Dan Ruzicka is a small Czech watchdog that reads court budgets.",
        })
        void shouldMakeANameDefinedAsABodyAnOrganizationWhateverItsFirstWord(String sentence) throws Exception {
            Extraction x = Fixtures.extract(sentence, "text/plain");
            String name = sentence.substring(0, sentence.indexOf(sentence.contains(" (") ? " (" : " is "));
            expectEntity(x, EntityType.ORGANIZATION, name);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Dan Ruzicka is a lawyer at a small Czech watchdog.", "Dan Ruzicka is a union organiser from Brno.",
            "Dan Ruzicka is a former charity worker who now writes.", "Dan Ruzicka is a university lecturer in Brno."})
        void shouldKeepAPersonDescribedByAKindOfBodyAndAJob(String sentence) throws Exception {
            Extraction x = Fixtures.extract(sentence, "text/plain");
            assertTrue(entity(x, EntityType.ORGANIZATION, "Dan Ruzicka").isEmpty(), x.entities().toString());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Farmers Block Valley Dam Road (AP)", "Farmers Occupy Valley Council Yard"})
        void shouldNotKeepAHeadlineForItsBracketOrAWordTheBodyCapitalises(String headline) throws Exception {
            Extraction x = Fixtures.extract(headline + "\n\nHundreds of farmers blocked the road on Monday. The camp is unlawful, "
                + "said the Council in a statement, and the Valley Growers Union said it would appeal.", "text/plain");
            assertTrue(entityNamed(x, headline).isEmpty() && entityNamed(x, headline.replace(" (AP)", "")).isEmpty(),
                x.entities().toString());
        }

        @Test
        void shouldNotKeepAMonthOrAnotherBodyAfterAMission() throws Exception {
            Extraction x = plain("The Embassy of Norway in May gave the alliance a grant. A letter from the Cabinet Office to "
                + "Harbour Rights Watch was published on Monday.");
            expectEntity(x, EntityType.ORGANIZATION, "Embassy of Norway");
            expectEntity(x, EntityType.ORGANIZATION, "Harbour Rights Watch");
        }

        @Test
        void shouldSplitABodyFromTheOneItActsAgainst() throws Exception {
            Extraction x = plain("The case brought by the Quay Tenants Union against Birchwood Estates was settled in 2022.");
            expectEntity(x, EntityType.ORGANIZATION, "Quay Tenants Union");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Embassy of Norway in Zambia", "Consulate-General of Canada in Lagos", "Embassy of Ireland to Malawi"})
        void shouldKeepTheHostPlaceOfAMission(String mission) throws Exception {
            expectEntity(plain("In 2024 the alliance received a grant from the " + mission + ", which it used for legal aid."),
                EntityType.ORGANIZATION, mission);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Coalition of Lawyers against Torture", "Campaign against Forced Evictions"})
        void shouldKeepWhatABodyStandsAgainstInItsName(String name) throws Exception {
            expectEntity(plain("In 2015 the alliance co-founded the " + name + " with two other groups."), EntityType.ORGANIZATION, name);
        }
    }

    @Nested
    class DatelinesArticlesAndForeignLawTitles {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"LUSAKA \u2014", "PORT MORESBY (Reuters) \u2014", "TBILISI, 3 March 2026 \u2014"})
        void shouldNotMakeADatelineABody(String dateline) throws Exception {
            Extraction x = Fixtures.extract("Watchdog sues over closed budget hearings\n\n" + dateline
                + " The Open Ledger Project filed a suit on Tuesday against the finance ministry over closed hearings.",
                "text/plain");
            assertTrue(x.entities().stream().noneMatch(e -> dateline.startsWith(e.name())), x.entities().toString());
            expectEntity(x, EntityType.ORGANIZATION, "Open Ledger Project");
        }

        @Test
        void shouldKeepAnAcronymThatOpensALineAndRecurs() throws Exception {
            Extraction x = Fixtures.extract("Staff of the Open Ledger Project (OLP)\n\nOLP \u2014 a budget watchdog founded in 2009 "
                + "by a group of auditors who left the finance ministry together. OLP publishes every ministry's spending.",
                "text/plain");
            assertTrue(entityNamed(x, "OLP").isPresent() || entityNamed(x, "Open Ledger Project").map(e -> e.aliases().contains("OLP"))
                .orElse(false), x.entities().toString());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"La Ronda Ciudadana", "Le Filet Solidaire", "El Faro Vecinal"})
        void shouldMakeANameOpeningWithAnArticleABodyAndTheBareNameTheSame(String name) throws Exception {
            String bare = name.substring(name.indexOf(' ') + 1);
            Extraction x = Fixtures.extract("Few local movements are as loud as " + name + " (\"the watch\"). It was started in 2014 "
                + "by two teachers. " + bare + " organised marches against the budget in 2019.", "text/plain");
            expectEntity(x, EntityType.ORGANIZATION, name);
            assertTrue(entity(x, EntityType.PERSON, bare).isEmpty(), x.entities().toString());
        }

        @Test
        void shouldReadAnAbbreviationWrittenAsAWordInBracketsAsTheSameBody() throws Exception {
            Extraction x = plain("The Nordic Agency for Rural Development Aid (Narda) funds the alliance. Narda gave SEK 2 million in 2024.");
            expectEntity(x, EntityType.ORGANIZATION, "Nordic Agency for Rural Development Aid");
            assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("Narda")), x.entities().toString());
        }

        @Test
        void shouldJoinAPersonWrittenWithAndWithoutASecondSurnameButNotAFatherAndSon() throws Exception {
            Extraction x = plain("Its president, Lucia Vidal Serrano, took office in 2021. Lucia Vidal said the budget would grow. "
                + "The alliance was founded by Elias Brandt in 1990; his son Elias Brandt III chairs it today.");
            assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("Lucia Vidal")), x.entities().toString());
            expectEntity(x, EntityType.PERSON, "Elias Brandt");
            expectEntity(x, EntityType.PERSON, "Elias Brandt III");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"No Pipelines Here", "Yes Means Yes"})
        void shouldKeepASlogansFirstWordBeforeItsKindNoun(String slogan) throws Exception {
            Extraction x = plain("From 2016 to 2019 the alliance ran the " + slogan + " campaign across the region.");
            expectEntity(x, EntityType.CAMPAIGN, slogan);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Loi n\u00B0 2023-15", "Loi sur la transparence de la vie publique",
            "Zakon o javnim nabavkama", "Ley de Partidos Regionales"})
        void shouldReadALawNamedByItsKindThenItsNumberOrSubject(String law) throws Exception {
            Extraction x = Fixtures.extract("The Open Ledger Project opposes the " + law + " because it hides spending.", "text/plain");
            assertTrue(entity(x, EntityType.LEGISLATION, law).isPresent(), x.entities().toString());
        }
    }
}
