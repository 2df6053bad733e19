package io.orderstream.localstack.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What a schema registry holds, asked over Apicurio's v3 REST API (not through a serde, which would register). */
public final class RegisteredSchemas {

    private static final Pattern COUNT = Pattern.compile("\"count\"\\s*:\\s*(\\d+)");

    private RegisteredSchemas() {
    }

    /** Those of the artifact ids (a topic's is {@code <prefixed topic>-value}) the registry has, in any group. */
    public static Set<String> present(String registryUrl, Collection<String> artifactIds) {
        return artifactIds.stream().filter(id -> exists(registryUrl, id)).collect(Collectors.toSet());
    }

    private static boolean exists(String registryUrl, String artifactId) {
        URI search = URI.create(registryUrl + "/search/artifacts?artifactId="
                + URLEncoder.encode(artifactId, StandardCharsets.UTF_8));
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(search).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.ofString());
            var count = COUNT.matcher(response.body());
            if (response.statusCode() != 200 || !count.find()) {
                throw new IllegalStateException("the registry answered " + response.statusCode() + ": "
                        + response.body());
            }
            return Integer.parseInt(count.group(1)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
