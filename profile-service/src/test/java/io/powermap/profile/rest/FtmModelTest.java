package io.powermap.profile.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.powermap.contract.EntityType;
import io.powermap.contract.EventJson;
import io.powermap.contract.RelationshipType;
import io.powermap.profile.service.DocumentApplier;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The ftm export against the published FollowTheMoney model: the npm package
 * {@code @alephdata/followthemoney} that the build fetches, pinned by version and checksum, into
 * target/ (its {@code dist/defaultModel.json}, the schemata as Aleph's front end loads them).
 * Every exported schema must exist and not be abstract, every property must be one the schema has
 * (its own or inherited), and an entity-valued property must point at an entity whose schema is
 * the property's range or extends it.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class FtmModelTest {

    @Inject
    DocumentApplier applier;

    @Test
    @SuppressWarnings("unchecked")
    void shouldExportOnlySchemataAndPropertiesOfThePublishedModel() throws IOException {
        JsonNode schemata = model().path("schemata");
        String run = UUID.randomUUID().toString().substring(0, 8);
        applier.apply(TestDocument.withId("https://example.org/ftm-model/" + run)
            .entity("o", EntityType.ORGANIZATION, "Kelpwater Tenants Union " + run, Map.of("website", "https://example.org"))
            .entity("f", EntityType.ORGANIZATION, "Driftwood Trust " + run)
            .entity("p", EntityType.PERSON, "Ines Marlowe " + run)
            .entity("q", EntityType.PERSON, "Tobias Marlowe " + run)
            .entity("c", EntityType.CAMPAIGN, "Fair Rents Now " + run)
            .tie(RelationshipType.POSITION, "p", "o", "treasurer and board member", null)
            .tie(RelationshipType.POSITION, "q", "o", "organizer", null)
            .tie(RelationshipType.FUNDING, "f", "o", null, "800")
            .tie(RelationshipType.MEMBERSHIP, "o", "f", null, null)
            .tie(RelationshipType.FAMILY, "p", "q", "spouse", null)
            .tie(RelationshipType.SUPPORTS, "o", "c", null, null).build());

        String body = given().queryParam("format", "ftm").get("/api/v1/export").then().statusCode(200)
            .extract().asString();
        Map<String, String> schemaOf = new HashMap<>();
        List<Map<String, Object>> entities = new ArrayList<>();
        body.lines().filter(line -> !line.isBlank()).forEach(line -> entities.add(EventJson.read(line, Map.class)));
        entities.forEach(entity -> schemaOf.put((String) entity.get("id"), (String) entity.get("schema")));
        int checked = 0;
        for (Map<String, Object> entity : entities) {
            String schema = (String) entity.get("schema");
            JsonNode definition = schemata.path(schema);
            assertTrue(definition.isObject(), "FtM has no schema " + schema);
            assertNotEquals(true, definition.path("abstract").asBoolean(false), schema + " is abstract in FtM");
            for (var property : ((Map<String, List<String>>) entity.get("properties")).entrySet()) {
                JsonNode declared = property(schemata, schema, property.getKey());
                assertNotNull(declared, "FtM's " + schema + " has no property " + property.getKey());
                if ("entity".equals(declared.path("type").asText())) {
                    for (String id : property.getValue()) {
                        String range = declared.path("range").asText();
                        assertTrue(extendsOrIs(schemata, schemaOf.get(id), range), schema + "." + property.getKey()
                            + " needs a " + range + ", got " + schemaOf.get(id));
                    }
                }
                checked++;
            }
        }
        assertTrue(checked > 50, "properties checked: " + checked);
        assertEquals(schemaOf.size(), entities.size(), "ids are unique");
    }

    private static JsonNode model() throws IOException {
        Path file = Path.of(System.getProperty("powermap.ftm.model",
            "target/followthemoney/package/dist/defaultModel.json"));
        assertTrue(Files.exists(file), file + " is missing: the build fetches it in generate-test-resources");
        return new ObjectMapper().readTree(file.toFile());
    }

    /** The property as the schema declares it or inherits it, or null. */
    private static JsonNode property(JsonNode schemata, String schema, String name) {
        JsonNode definition = schemata.path(schema);
        JsonNode own = definition.path("properties").path(name);
        if (own.isObject()) {
            return own;
        }
        for (JsonNode parent : definition.path("extends")) {
            JsonNode inherited = property(schemata, parent.asText(), name);
            if (inherited != null) {
                return inherited;
            }
        }
        return null;
    }

    private static boolean extendsOrIs(JsonNode schemata, String schema, String ancestor) {
        if (schema == null) {
            return false;
        }
        if (schema.equals(ancestor)) {
            return true;
        }
        for (JsonNode parent : schemata.path(schema).path("extends")) {
            if (extendsOrIs(schemata, parent.asText(), ancestor)) {
                return true;
            }
        }
        return false;
    }
}
