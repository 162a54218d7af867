package io.powermap.profile.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.EventJson;
import io.powermap.contract.RelationshipType;
import io.powermap.profile.service.DocumentApplier;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class ExportResourceTest {

    private static final Map<String, List<String>> LINK_ENDS = Map.of("Directorship", List.of("director", "organization"),
        "Employment", List.of("employee", "employer"), "Membership", List.of("member", "organization"),
        "Payment", List.of("payer", "beneficiary"), "Family", List.of("person", "relative"),
        "UnknownLink", List.of("subject", "object"), "Documentation", List.of("document", "entity"));

    @Inject
    DocumentApplier applier;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private String seed() {
        String documentId = "https://example.org/export/" + run;
        applier.apply(TestDocument.withId(documentId)
            .entity("o", EntityType.ORGANIZATION, "Saltmarsh Housing Network " + run)
            .entity("f", EntityType.ORGANIZATION, "Heron Point Foundation " + run)
            .entity("p", EntityType.PERSON, "Odile Brannock " + run)
            .entity("q", EntityType.PERSON, "Piers Brannock " + run)
            .entity("l", EntityType.LEGISLATION, "Coastal Homes Act " + run)
            .tie(RelationshipType.POSITION, "p", "o", "board chair", null)
            .tie(RelationshipType.POSITION, "q", "o", "organizer", null)
            .tie(RelationshipType.FUNDING, "f", "o", null, "12500")
            .tie(RelationshipType.MEMBERSHIP, "o", "f", null, null)
            .tie(RelationshipType.FAMILY, "p", "q", "sibling", null)
            .tie(RelationshipType.SUPPORTS, "o", "l", null, null).build());
        return documentId;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lines(String format) {
        String body = given().queryParam("format", format).get("/api/v1/export").then().statusCode(200)
            .contentType("application/x-ndjson").extract().asString();
        List<Map<String, Object>> lines = new ArrayList<>();
        body.lines().filter(line -> !line.isBlank()).forEach(line -> lines.add(EventJson.read(line, Map.class)));
        return lines;
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldExportFollowTheMoneyEntitiesWhoseLinksPointAtEntitiesExportedBefore() {
        seed();
        List<Map<String, Object>> lines = lines("ftm");
        Set<String> seen = new HashSet<>();
        Set<String> schemas = new HashSet<>();
        for (Map<String, Object> entity : lines) {
            String schema = (String) entity.get("schema");
            Map<String, Object> properties = (Map<String, Object>) entity.get("properties");
            properties.values().forEach(values -> assertTrue(values instanceof List<?> list
                && list.stream().allMatch(v -> v instanceof String), "every property is a list of strings: " + entity));
            for (String end : LINK_ENDS.getOrDefault(schema, List.of())) {
                String target = ((List<String>) properties.get(end)).get(0);
                assertTrue(seen.contains(target), schema + "." + end + " points at an entity exported before it");
            }
            seen.add((String) entity.get("id"));
            schemas.add(schema);
        }
        assertTrue(schemas.containsAll(Set.of("Organization", "Person", "LegalEntity", "Directorship", "Employment",
            "Membership", "Payment", "Family", "UnknownLink", "Document", "Documentation")), "schemas: " + schemas);
        Map<String, Object> payment = lines.stream().filter(e -> "Payment".equals(e.get("schema"))
            && ((Map<String, Object>) e.get("properties")).get("amount") != null
            && ((List<String>) ((Map<String, Object>) e.get("properties")).get("amount")).contains("12500.00")).findFirst().orElseThrow();
        assertEquals(List.of("usd"), ((Map<String, Object>) payment.get("properties")).get("currency"));
    }

    @Test
    void shouldExportOurOwnShapesAsNdjson() {
        String documentId = seed();
        List<Map<String, Object>> lines = lines("ndjson");
        Set<Object> kinds = new HashSet<>();
        lines.forEach(line -> kinds.add(line.get("kind")));
        assertEquals(Set.of("entity", "relationship", "document", "mention"), kinds);
        assertTrue(lines.stream().anyMatch(line -> line.get("data") instanceof Map<?, ?> data
            && documentId.equals(data.get("id"))), "the source document is exported");
    }

    @Test
    void shouldRefuseAnUnknownFormat() {
        given().queryParam("format", "xml").get("/api/v1/export").then().statusCode(400)
            .contentType("application/problem+json");
    }
}
