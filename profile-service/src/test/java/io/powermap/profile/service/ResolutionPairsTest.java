package io.powermap.profile.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.powermap.contract.DocumentParsed;
import io.powermap.contract.DocumentSource;
import io.powermap.contract.EntityType;
import io.powermap.contract.Evidence;
import io.powermap.contract.ExtractedEntity;
import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Pairs of names from two documents that must end as one entity, and pairs that must stay two.
 * Each pair is applied as two documents (the first names A with a few tied organizations, the second
 * names B with its own, sharing as many of the first's as the pair says); a user then sees whether
 * entity A lists the second document. Prints precision and recall of merges.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class ResolutionPairsTest {

    private static final EntityType ORG = EntityType.ORGANIZATION;
    private static final EntityType PERSON = EntityType.PERSON;
    private static final EntityType LAW = EntityType.LEGISLATION;
    private static final EntityType CAMPAIGN = EntityType.CAMPAIGN;

    /** One side of a pair: a type, a name and the aliases the document gives it. */
    private record Side(EntityType type, String name, List<String> aliases) {
    }

    private record Pair(Side a, Side b, int sharedNeighbours, boolean same) {
    }

    private static Side side(EntityType type, String name, String... aliases) {
        return new Side(type, name, List.of(aliases));
    }

    private static Pair same(Side a, Side b, int shared) {
        return new Pair(a, b, shared, true);
    }

    private static Pair apart(Side a, Side b, int shared) {
        return new Pair(a, b, shared, false);
    }

    private static final List<Pair> MUST_MERGE = List.of(
        same(side(ORG, "Coastal Wetlands Restoration Foundation"), side(ORG, "Coastal Wetland Restoration Foundation"), 0),
        same(side(ORG, "Prairie Justice Institute, Inc."), side(ORG, "Prairie Justice Institute"), 0),
        same(side(ORG, "Council on Rural Broadband Access", "CRBA"), side(ORG, "CRBA"), 1),
        same(side(ORG, "MVFL"), side(ORG, "Mountain Valley Farm League"), 0),
        same(side(ORG, "Northern Lakes Conservation Trust"), side(ORG, "NLCT"), 0),
        same(side(ORG, "Harbourview Legal Aid Society"), side(ORG, "Harborview Legal Aid Society"), 0),
        same(side(ORG, "Midwest Renewable Energy Coalition"), side(ORG, "Midwest Renewable Enery Coalition"), 0),
        same(side(LAW, "Clean Harbors Restoration Act of 2019"), side(LAW, "Clean Harbor Restoration Act of 2019"), 0),
        same(side(LAW, "Tenant Protection and Rent Stabilization Act"),
            side(LAW, "Tenant Protections and Rent Stabilisation Act"), 0),
        same(side(CAMPAIGN, "Clean Water for Every Town"), side(CAMPAIGN, "Clean Waters for Every Town"), 0),
        same(side(ORG, "Urban Gardens Collective", "UGC"), side(ORG, "UGC"), 1),
        same(side(ORG, "Saint Brendan Food Pantry"), side(ORG, "St. Brendan Food Pantry"), 1),
        same(side(ORG, "Greater Ohio River Watershed Council"), side(ORG, "Greater Ohio River Watershed Counsel"), 1),
        same(side(ORG, "Open Meadow Foundations"), side(ORG, "Open Meadow Foundation"), 0),
        same(side(ORG, "Sunrise Valley Tenants Union"), side(ORG, "SVTU"), 1),
        same(side(ORG, "Harmony Health Workers Guild Ltd"), side(ORG, "Harmony Health Workers Guild"), 0),
        same(side(LAW, "Safe Streets and Transit Act"), side(LAW, "Safe Street and Transit Act"), 0),
        same(side(ORG, "Hope Street Youth Center"), side(ORG, "Hope Street Youth Centre"), 1),
        same(side(PERSON, "Dr. Amara Okonkwo-Reyes"), side(PERSON, "Amara Okonkwo-Reyes"), 0),
        same(side(PERSON, "Teodora Vasquez-Lindqvist"), side(PERSON, "T. Vasquez-Lindqvist"), 0),
        same(side(PERSON, "Ruth Adebayo Marsh"), side(PERSON, "Ruth Marsh"), 0),
        same(side(PERSON, "Senator Calvin Whitlock"), side(PERSON, "Calvin Whitlock"), 0),
        same(side(PERSON, "Ingrid Solberg"), side(PERSON, "Solberg"), 1),
        same(side(PERSON, "Marcus J. Fenwick"), side(PERSON, "Marcus Fenwick"), 0),
        same(side(PERSON, "Professor Lena Hartigan, PhD"), side(PERSON, "Lena Hartigan"), 0),
        same(side(PERSON, "Oluwaseun Adeyemi"), side(PERSON, "O. Adeyemi"), 1),
        same(side(PERSON, "Beatriz de la Fuente"), side(PERSON, "Dr. Beatriz de la Fuente"), 0),
        same(side(PERSON, "Henrik Aalto Jr."), side(PERSON, "Henrik Aalto"), 0),
        same(side(PERSON, "Priya Raman"), side(PERSON, "Raman"), 2),
        same(side(PERSON, "Rev. Josiah Mbeki-Crane"), side(PERSON, "Josiah Mbeki-Crane"), 0),
        same(side(PERSON, "Catalina M. Ortega"), side(PERSON, "Catalina Maria Ortega"), 0),
        same(side(PERSON, "Governor Abigail Thorncastle"), side(PERSON, "Abigail Thorncastle"), 1),
        same(side(PERSON, "Walter Brennagh"), side(PERSON, "Walt Brennagh"), 1),
        same(side(PERSON, "Yusuf Karimov", "Karimov"), side(PERSON, "Mr. Karimov"), 1));

    private static final List<Pair> MUST_NOT_MERGE = List.of(
        apart(side(PERSON, "Nadia Kowalczyk"), side(PERSON, "Tomasz Kowalczyk"), 0),
        apart(side(PERSON, "Dr. Samuel Achterberg"), side(PERSON, "Dr. Miriam Achterberg"), 1),
        apart(side(PERSON, "J. Pemberton"), side(PERSON, "Lucy Pemberton"), 0),
        apart(side(PERSON, "Aaron Feldstein"), side(PERSON, "Rachel Feldstein"), 2),
        apart(side(PERSON, "Hollis Grange"), side(PERSON, "Grange"), 0),
        apart(side(PERSON, "Peter A. Lindqvist"), side(PERSON, "Peter B. Lindqvist"), 0),
        apart(side(PERSON, "Kwame Asante"), side(PERSON, "Kofi Asante"), 1),
        apart(side(PERSON, "Maria Celeste Ibarra"), side(PERSON, "Maria Luisa Ibarra"), 0),
        apart(side(PERSON, "Senator Dana Whitfield"), side(PERSON, "Dana Whitford"), 0),
        apart(side(PERSON, "Ellen Marchetti"), side(PERSON, "Ellen Marchetto"), 0),
        apart(side(PERSON, "Stefan Novak"), side(PERSON, "Stefan Nowak"), 0),
        apart(side(PERSON, "Daniel Osei"), side(PERSON, "Daniela Osei"), 1),
        apart(side(PERSON, "Ava Lindgren"), side(PERSON, "Eva Lindgren"), 0),
        apart(side(ORG, "Atlantic Marine Alliance", "AMA"), side(ORG, "Appalachian Music Association", "AMA"), 0),
        apart(side(ORG, "Center for Public Integrity Studies", "CPIS"),
            side(ORG, "Council of Pediatric Intensive Services", "CPIS"), 0),
        apart(side(ORG, "National Farmers Advocacy League", "NFAL"), side(ORG, "Northern Film Archive League", "NFAL"), 0),
        apart(side(ORG, "Society for Coastal Research", "SCR"), side(ORG, "Student Climate Rebellion", "SCR"), 0),
        apart(side(ORG, "Rural Education Access Project", "REAP"),
            side(ORG, "Regional Energy Affordability Partnership", "REAP"), 0),
        apart(side(ORG, "Green Transit Coalition"), side(ORG, "Green Transit Collective"), 0),
        apart(side(ORG, "Voting Rights Project of Ohio"), side(ORG, "Voting Rights Project"), 1),
        apart(side(ORG, "Friends of the Lower Delta"), side(ORG, "Friends of the Upper Delta"), 0),
        apart(side(ORG, "Eastside Food Bank"), side(ORG, "Westside Food Bank"), 0),
        apart(side(ORG, "Institute for Energy Policy"), side(ORG, "Institute for Health Policy"), 0),
        apart(side(ORG, "Clean Air Now Fund"), side(ORG, "Clean Air Now Action Fund"), 1),
        apart(side(LAW, "Clean Harbors Act of 2019"), side(LAW, "Clean Harbors Act of 2021"), 0),
        apart(side(LAW, "Farm Workers Protection Act"), side(LAW, "Farm Workers Overtime Act"), 0),
        apart(side(CAMPAIGN, "Vote Yes on Measure 12"), side(CAMPAIGN, "Vote Yes on Measure 21"), 0),
        apart(side(PERSON, "Lincoln Marsh"), side(ORG, "Lincoln Marsh"), 0),
        apart(side(ORG, "Bay Area Housing Trust"), side(ORG, "Bay Area Housing Fund"), 0),
        apart(side(ORG, "Mothers Against Pipeline Expansion"), side(ORG, "Mothers Against Prison Expansion"), 0),
        apart(side(ORG, "Northwest Immigrant Rights Project"), side(ORG, "Northwest Immigrant Rights Network"), 0),
        apart(side(ORG, "Ridgeline Arts Council", "RAC"), side(ORG, "RAC Racing Club"), 0));

    @Inject
    DocumentApplier applier;

    @Test
    void shouldMergeTheSameEntityUnderAnotherNameAndKeepDifferentOnesApart() {
        int truePositives = 0;
        int falsePositives = 0;
        List<String> wrong = new ArrayList<>();
        List<Pair> all = new ArrayList<>(MUST_MERGE);
        all.addAll(MUST_NOT_MERGE);
        for (int i = 0; i < all.size(); i++) {
            Pair pair = all.get(i);
            boolean merged = merged(i, pair);
            if (merged && pair.same()) {
                truePositives++;
            } else if (merged) {
                falsePositives++;
            }
            if (merged != pair.same()) {
                wrong.add((pair.same() ? "not merged: " : "merged: ") + pair.a().name() + " / " + pair.b().name());
            }
        }
        double precision = truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives / (double) MUST_MERGE.size();
        System.out.printf("resolution: %d pairs that must merge, %d that must not; merge precision %.3f, recall %.3f%n",
            MUST_MERGE.size(), MUST_NOT_MERGE.size(), precision, recall);
        wrong.forEach(line -> System.out.println("  " + line));
        assertTrue(MUST_MERGE.size() >= 30 && MUST_NOT_MERGE.size() >= 30);
        assertTrue(precision >= 0.95, "merge precision " + precision + ": " + wrong);
        assertTrue(recall >= 0.85, "merge recall " + recall + ": " + wrong);
    }

    /** Applies the pair's two documents; whether entity A is then named by the second document. */
    private boolean merged(int index, Pair pair) {
        String first = "https://example.org/pairs/" + UUID.randomUUID();
        String second = "https://example.org/pairs/" + UUID.randomUUID();
        List<String> firstContext = List.of(place(index, 0) + " Civic Forum", place(index, 1) + " Civic Forum");
        List<String> secondContext = new ArrayList<>(firstContext.subList(0, pair.sharedNeighbours()));
        secondContext.add(place(index, 2) + " Civic Forum");
        applier.apply(document(first, pair.a(), firstContext));
        applier.apply(document(second, pair.b(), secondContext));
        String entityA = given().urlEncodingEnabled(false).get("/api/v1/documents/" + URLEncoder.encode(first, StandardCharsets.UTF_8))
            .then().statusCode(200).extract().jsonPath()
            .getString("entities.find { it.type == '" + pair.a().type() + "' && !it.name.endsWith('Civic Forum') }.id");
        List<String> documents = given().get("/api/v1/entities/" + entityA).then().statusCode(200).extract().jsonPath()
            .getList("documents", String.class);
        return documents.contains(second);
    }

    /** An organization distinct for every pair and slot (numbers never match loosely), so pairs share no neighbours by accident. */
    private static String place(int index, int slot) {
        return "Ward " + (index * 3 + slot);
    }

    /** The subject with one tie to each organization of its context, each stated in a sentence of the text. */
    private static DocumentParsed document(String documentId, Side subject, List<String> context) {
        StringBuilder text = new StringBuilder();
        List<ExtractedEntity> entities = new ArrayList<>();
        List<ExtractedRelationship> ties = new ArrayList<>();
        entities.add(new ExtractedEntity("s", subject.type(), subject.name(), subject.aliases(), Map.of(), List.of()));
        for (int i = 0; i < context.size(); i++) {
            String id = "c" + i;
            entities.add(new ExtractedEntity(id, ORG, context.get(i), List.of(), Map.of(), List.of()));
            RelationshipType type = switch (subject.type()) {
                case PERSON -> RelationshipType.POSITION;
                case ORGANIZATION -> RelationshipType.AFFILIATION;
                case LEGISLATION -> RelationshipType.SUPPORTS;
                case CAMPAIGN -> RelationshipType.CAMPAIGN;
            };
            boolean subjectFirst = type == RelationshipType.POSITION || type == RelationshipType.AFFILIATION;
            String sentence = subjectFirst ? subject.name() + " works with " + context.get(i) + ". "
                : context.get(i) + " stands behind " + subject.name() + ". ";
            int start = text.length();
            text.append(sentence);
            ties.add(new ExtractedRelationship("r" + i, type, subjectFirst ? "s" : id, subjectFirst ? id : "s", null, null,
                null, null, null, null, 0.9, List.of(new Evidence(start, start + sentence.length() - 1, List.of()))));
        }
        return new DocumentParsed(1, UUID.randomUUID().toString(), documentId,
            new DocumentSource(documentId, subject.name(), "text/plain", null), text.toString(), "s", entities, ties);
    }
}
