package io.orderstream.orderapi.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.orderapi.command.OrderApiCode;
import io.orderstream.orderapi.command.RejectionProblems;
import io.orderstream.platform.codes.FieldCode;
import io.orderstream.platform.codes.RejectionCode;
import io.orderstream.schemas.order.CommandOutcome;
import io.orderstream.schemas.order.CommandResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README names exactly the codes of the catalogue: its error table every code order-api can answer with its
 * status, its field codes every {@link FieldCode}, its list of rejections every {@link RejectionCode}.
 */
class ErrorCodesDocumentedTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern ROW = Pattern.compile("^\\| (\\d{3}) \\| (.*) \\|$");
    private static final Pattern CODE = Pattern.compile("`([a-z]+(?:_[a-z]+)*)`");

    /** The table under "### Error codes": each code with the status of its row. */
    private static Map<String, Integer> documented() throws IOException {
        List<String> lines = Files.readAllLines(README);
        int start = lines.indexOf("### Error codes");
        assertThat(start).as("the README has an Error codes section").isNotNegative();
        Map<String, Integer> codes = new TreeMap<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("#")) {
                break;
            }
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                Matcher code = CODE.matcher(row.group(2));
                while (code.find()) {
                    codes.put(code.group(1), Integer.parseInt(row.group(1)));
                }
            }
        }
        return codes;
    }

    /** The codes in backticks of the sentence of the README starting with {@code prefix}, after its colon. */
    private static Set<String> listedAfter(String prefix) throws IOException {
        String readme = Files.readString(README).replace('\n', ' ');
        int start = readme.indexOf(prefix);
        assertThat(start).as("the README has a sentence starting with " + prefix).isNotNegative();
        int colon = readme.indexOf(": ", start);
        int end = readme.indexOf(". ", colon);
        Set<String> codes = new TreeSet<>();
        Matcher code = CODE.matcher(readme.substring(colon, end));
        while (code.find()) {
            codes.add(code.group(1));
        }
        return codes;
    }

    private static CommandResult refusal(String code) {
        return CommandResult.newBuilder().setCommandId("c-1").setOrderId("o-1")
                .setOutcome(CommandOutcome.REJECTED).setErrorCode(code).setErrorMessage("refused")
                .setFieldErrors(List.of()).setProcessedAt(java.time.Instant.EPOCH).build();
    }

    @Test
    void the_readme_error_table_lists_exactly_the_codes_of_the_catalogue_with_their_status() throws IOException {
        assertThat(documented()).isEqualTo(OrderApiCode.catalogue());
    }

    @Test
    void the_readme_field_codes_are_exactly_those_of_the_catalogue() throws IOException {
        assertThat(listedAfter("**Field codes**"))
                .isEqualTo(new TreeSet<>(Arrays.stream(FieldCode.values()).map(FieldCode::code).toList()));
    }

    @Test
    void the_readme_list_of_rejections_is_exactly_the_processors_catalogue() throws IOException {
        assertThat(listedAfter("Rejections:"))
                .isEqualTo(new TreeSet<>(Arrays.stream(RejectionCode.values()).map(RejectionCode::code).toList()));
    }

    @Test
    void every_refusal_a_client_can_get_is_answered_with_its_code_status_and_title() {
        for (RejectionCode code : RejectionCode.values()) {
            if (code.status().isPresent()) {
                var problem = RejectionProblems.of(refusal(code.code()));

                assertThat(problem.code()).isEqualTo(code.code());
                assertThat(problem.status()).as(code.code()).isEqualTo(code.status().getAsInt());
                assertThat(problem.title()).isEqualTo(code.title());
            }
        }
    }

    @Test
    void every_refusal_of_the_processor_is_answered_with_a_code_of_the_catalogue() {
        for (RejectionCode code : RejectionCode.values()) {
            var problem = RejectionProblems.of(refusal(code.code()));

            assertThat(OrderApiCode.catalogue()).as(code.code()).containsEntry(problem.code(), problem.status());
        }
    }

    @Test
    void a_refusal_no_client_is_answered_with_is_command_failed_naming_it_in_the_detail() {
        var problem = RejectionProblems.of(refusal(RejectionCode.UNKNOWN_CHARGE_REQUEST.code()));

        assertThat(problem.code()).isEqualTo("command_failed");
        assertThat(problem.detail()).contains("unknown_charge_request");
    }

    @Test
    void a_refusal_code_the_catalogue_lacks_is_answered_command_failed_naming_it_in_the_detail() {
        var problem = RejectionProblems.of(refusal("some_future_code"));

        assertThat(problem.code()).isEqualTo("command_failed");
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.detail()).contains("some_future_code");
        assertThat(OrderApiCode.catalogue()).containsKey(problem.code());
    }
}
