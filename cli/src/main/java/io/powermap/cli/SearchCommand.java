package io.powermap.cli;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true, description = "Search the index (search-service's /api/v1/search).")
public class SearchCommand implements Callable<Integer> {

    @Mixin
    Connection connection;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "the words to look for")
    List<String> query;

    @Option(names = {"-t", "--type"}, description = "ORGANIZATION, PERSON, LEGISLATION or CAMPAIGN")
    String type;

    @Option(names = {"-n", "--limit"}, defaultValue = "20", description = "hits to show (default ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--json", description = "print the service's JSON answer as it is")
    boolean json;

    @Override
    public Integer call() throws Exception {
        String q = String.join(" ", query);
        StringBuilder path = new StringBuilder("/api/v1/search?q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8))
            .append("&limit=").append(limit);
        if (type != null) {
            path.append("&type=").append(URLEncoder.encode(type, StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = connection.client().send(connection.request(connection.search(path.toString())).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            System.err.println("search failed: " + Importer.reason(response.statusCode(), response.body()));
            return 1;
        }
        if (json) {
            System.out.println(response.body());
            return 0;
        }
        JsonNode page = Importer.parse(response.body());
        JsonNode hits = page.path("hits");
        System.out.printf("%d matches for \"%s\"%s%n", page.path("total").asLong(), q,
            hits.size() < page.path("total").asLong() ? " (first " + hits.size() + ")" : "");
        for (JsonNode hit : hits) {
            System.out.printf("  %-13s %-50s %4d ties  %s%n", hit.path("type").asText(), hit.path("name").asText(),
                hit.path("connections").asInt(), hit.path("id").asText());
        }
        return 0;
    }
}
