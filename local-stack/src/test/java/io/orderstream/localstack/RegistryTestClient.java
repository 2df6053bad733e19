package io.orderstream.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Apicurio Registry's core v3 and Confluent-compatible APIs over plain HTTP. */
final class RegistryTestClient {

    static final String ORDER_PLACED_SCHEMA = """
            {"type":"record","name":"OrderPlaced","namespace":"io.orderstream.it","fields":[{"name":"orderId","type":"string"}]}""";

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String registryUrl;
    private final String ccompatUrl;

    RegistryTestClient(LocalStack stack) {
        this.registryUrl = stack.registryUrl();
        this.ccompatUrl = stack.ccompatUrl();
    }

    HttpResponse<String> createAvroArtifact(String group, String artifactId, String schema) throws IOException, InterruptedException {
        String body = """
                {"artifactId":"%s","artifactType":"AVRO","firstVersion":{"content":{"content":%s,"contentType":"application/json"}}}"""
                .formatted(artifactId, quoted(schema));
        return post(registryUrl + "/groups/" + group + "/artifacts", "application/json", body);
    }

    HttpResponse<String> latestContent(String group, String artifactId) throws IOException, InterruptedException {
        return get(registryUrl + "/groups/" + group + "/artifacts/" + artifactId + "/versions/branch=latest/content");
    }

    /** @return the schema id the Confluent wire format carries */
    long registerSubjectVersion(String subject, String schema) throws IOException, InterruptedException {
        HttpResponse<String> response = post(ccompatUrl + "/subjects/" + subject + "/versions",
                "application/vnd.schemaregistry.v1+json", "{\"schema\":" + quoted(schema) + "}");
        Matcher id = ID.matcher(response.body());
        if (response.statusCode() != 200 || !id.find()) {
            throw new IllegalStateException("registering " + subject + " answered " + response.statusCode() + ": " + response.body());
        }
        return Long.parseLong(id.group(1));
    }

    HttpResponse<String> schemaById(long id) throws IOException, InterruptedException {
        return get(ccompatUrl + "/schemas/ids/" + id);
    }

    private HttpResponse<String> post(String url, String contentType, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
