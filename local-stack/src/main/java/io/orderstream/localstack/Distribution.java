package io.orderstream.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The programs the build put into {@code local-stack/target/dist}: Kafka's jars and the unpacked Apicurio Registry.
 *
 * @param root the {@code dist} directory
 */
public record Distribution(Path root) {

    public static final String PROPERTY = "orderstream.dist";
    public static final String VARIABLE = "ORDERSTREAM_DIST";
    static final Path RELATIVE_LOCATION = Path.of("local-stack", "target", "dist");
    static final String BUILD_HINT = "build it with: ./mvnw -pl local-stack package -DskipTests";

    public Distribution {
        root = root.toAbsolutePath().normalize();
    }

    /**
     * The system property {@code orderstream.dist}, else the environment variable {@code ORDERSTREAM_DIST},
     * else the first {@code local-stack/target/dist} found from the current directory upward.
     */
    public static Distribution locate() {
        return locate(System.getProperty(PROPERTY), System.getenv(VARIABLE), Path.of("").toAbsolutePath());
    }

    static Distribution locate(String property, String variable, Path currentDirectory) {
        if (property != null && !property.isBlank()) {
            return verified(Path.of(property), "system property " + PROPERTY);
        }
        if (variable != null && !variable.isBlank()) {
            return verified(Path.of(variable), "environment variable " + VARIABLE);
        }
        return searchUpward(currentDirectory)
                .map(found -> verified(found, "search from " + currentDirectory))
                .orElseThrow(() -> new IllegalStateException(
                        "local-stack's distribution (" + RELATIVE_LOCATION + ") was not found in " + currentDirectory
                                + " or any parent directory; " + BUILD_HINT
                                + " (or point " + VARIABLE + " at it)"));
    }

    public Path kafkaLibs() {
        return root.resolve("kafka-libs");
    }

    /** The classpath of Kafka's tools and broker: every jar in {@link #kafkaLibs()}. */
    String kafkaClasspath() {
        return kafkaLibs() + "/*";
    }

    public Path apicurioRunner() {
        Path apicurio = root.resolve("apicurio");
        try (Stream<Path> files = Files.find(apicurio, 3, (path, attributes) -> path.endsWith("quarkus-run.jar"))) {
            return files.findFirst().orElseThrow(() -> new IllegalStateException(
                    "quarkus-run.jar is missing under " + apicurio + "; " + BUILD_HINT));
        } catch (IOException e) {
            throw new UncheckedIOException("could not search " + apicurio + "; " + BUILD_HINT, e);
        }
    }

    private static Optional<Path> searchUpward(Path start) {
        for (Path directory = start.toAbsolutePath(); directory != null; directory = directory.getParent()) {
            Path candidate = directory.resolve(RELATIVE_LOCATION);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Distribution verified(Path root, String source) {
        var distribution = new Distribution(root);
        if (!Files.isDirectory(distribution.kafkaLibs()) || !Files.isDirectory(root.resolve("apicurio"))) {
            throw new IllegalStateException("local-stack's distribution at " + distribution.root() + " (from " + source
                    + ") is incomplete: it needs kafka-libs/ and apicurio/; " + BUILD_HINT);
        }
        return distribution;
    }
}
