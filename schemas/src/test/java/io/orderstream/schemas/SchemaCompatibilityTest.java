package io.orderstream.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every topic's value schema must read what the previous release wrote (BACKWARD).
 * The previous release's schemas are committed under src/test/resources/baseline.
 * After a release, refresh them with {@code -Dschemas.updateBaseline=true}.
 */
class SchemaCompatibilityTest {

    private static final Path BASELINE_SOURCE = Path.of("src/test/resources/baseline");

    static Stream<Schema> currentSchemas() {
        return ValueSchemas.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSchemas")
    void current_schema_reads_data_written_with_the_baseline(Schema current) throws IOException {
        if (Boolean.getBoolean("schemas.updateBaseline")) {
            Files.writeString(BASELINE_SOURCE.resolve(current.getFullName() + ".avsc"), current.toString(true));
            return;
        }
        Schema baseline = baseline(current.getFullName());

        var result = SchemaCompatibility.checkReaderWriterCompatibility(current, baseline).getResult();

        assertThat(result.getCompatibility())
                .as("%s is not backward compatible with its baseline: %s", current.getFullName(), result.getIncompatibilities())
                .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }

    @Test
    void a_new_field_without_a_default_is_reported_incompatible() throws IOException {
        Schema baseline = baseline("io.orderstream.schemas.order.OrderState");
        String withRequiredField = baseline.toString().replaceFirst(
                "\"fields\":\\[", "\"fields\":[{\"name\":\"mandatoryNewField\",\"type\":\"string\"},");
        Schema changed = new Schema.Parser().parse(withRequiredField);

        var result = SchemaCompatibility.checkReaderWriterCompatibility(changed, baseline).getResult();

        assertThat(result.getCompatibility()).isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
    }

    @Test
    void a_new_field_with_a_default_is_compatible() throws IOException {
        Schema baseline = baseline("io.orderstream.schemas.order.OrderState");
        String withOptionalField = baseline.toString().replaceFirst(
                "\"fields\":\\[", "\"fields\":[{\"name\":\"note\",\"type\":[\"null\",\"string\"],\"default\":null},");
        Schema changed = new Schema.Parser().parse(withOptionalField);

        var result = SchemaCompatibility.checkReaderWriterCompatibility(changed, baseline).getResult();

        assertThat(result.getCompatibility()).isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }

    @Test
    void every_topic_schema_has_a_committed_baseline() {
        ValueSchemas.ALL.forEach(schema ->
                assertThat(getClass().getResource("/baseline/" + schema.getFullName() + ".avsc"))
                        .as("baseline of %s", schema.getFullName())
                        .isNotNull());
    }

    private Schema baseline(String fullName) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/baseline/" + fullName + ".avsc")) {
            assertThat(in).as("baseline of %s", fullName).isNotNull();
            return new Schema.Parser().parse(in);
        }
    }
}
