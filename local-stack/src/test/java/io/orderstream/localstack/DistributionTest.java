package io.orderstream.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributionTest {

    @TempDir
    Path repository;

    @Test
    void a_module_directory_finds_the_distribution_in_the_repository_above_it() throws IOException {
        Path dist = distributionIn(repository.resolve("local-stack/target/dist"));
        Path module = Files.createDirectories(repository.resolve("order-api"));

        assertThat(Distribution.locate(null, null, module).root()).isEqualTo(dist);
    }

    @Test
    void the_system_property_wins_over_the_variable_and_the_search() throws IOException {
        distributionIn(repository.resolve("local-stack/target/dist"));
        Path elsewhere = distributionIn(repository.resolve("elsewhere"));

        assertThat(Distribution.locate(elsewhere.toString(), "/nowhere", repository).root()).isEqualTo(elsewhere);
    }

    @Test
    void the_variable_is_used_without_the_system_property() throws IOException {
        Path elsewhere = distributionIn(repository.resolve("elsewhere"));

        assertThat(Distribution.locate(null, elsewhere.toString(), repository).root()).isEqualTo(elsewhere);
    }

    @Test
    void without_a_distribution_the_error_says_how_to_build_it() throws IOException {
        // not under java.io.tmpdir: in this build that is local-stack/target, above which the search would succeed
        Path outsideTheBuild = Files.createTempDirectory(Path.of("/tmp"), "no-dist");
        try {
            assertThatThrownBy(() -> Distribution.locate(null, null, outsideTheBuild))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("./mvnw -pl local-stack package -DskipTests");
        } finally {
            Files.delete(outsideTheBuild);
        }
    }

    @Test
    void an_incomplete_distribution_is_refused_with_the_build_command() throws IOException {
        Path incomplete = Files.createDirectories(repository.resolve("local-stack/target/dist/kafka-libs"));

        assertThatThrownBy(() -> Distribution.locate(null, null, incomplete))
                .hasMessageContaining("incomplete")
                .hasMessageContaining("./mvnw -pl local-stack package -DskipTests");
    }

    @Test
    void the_registry_is_run_from_the_quarkus_run_jar_wherever_the_archive_put_it() throws IOException {
        Path dist = distributionIn(repository.resolve("dist"));
        Path runner = Files.createFile(Files.createDirectories(dist.resolve("apicurio/apicurio-registry-3.3.3")).resolve("quarkus-run.jar"));

        assertThat(new Distribution(dist).apicurioRunner()).isEqualTo(runner);
    }

    private static Path distributionIn(Path dist) throws IOException {
        Files.createDirectories(dist.resolve("kafka-libs"));
        Files.createDirectories(dist.resolve("apicurio"));
        return dist;
    }
}
