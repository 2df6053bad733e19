package io.orderstream.orderapi.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.orderapi.command.RejectionProblems;
import io.orderstream.schemas.order.CommandOutcome;
import io.orderstream.schemas.order.CommandResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's error table names exactly the codes the order-api can answer, each with its status. */
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

    @Test
    void the_readme_error_table_lists_exactly_the_codes_of_the_catalogue_with_their_status() throws IOException {
        assertThat(documented()).isEqualTo(OrderApiCode.catalogue());
    }

    @Test
    void every_refusal_of_the_processor_in_the_catalogue_is_answered_with_the_catalogues_status() {
        for (var entry : OrderApiCode.catalogue().entrySet()) {
            CommandResult refusal = CommandResult.newBuilder().setCommandId("c-1").setOrderId("o-1")
                    .setOutcome(CommandOutcome.REJECTED).setErrorCode(entry.getKey()).setErrorMessage("refused")
                    .setFieldErrors(List.of()).setProcessedAt(java.time.Instant.EPOCH).build();
            int status = RejectionProblems.of(refusal).status();

            if (status != 422) { // 422 is also the status of a code the table does not know
                assertThat(status).as(entry.getKey()).isEqualTo(entry.getValue());
            }
        }
    }

    @Test
    void a_refusal_code_the_catalogue_lacks_is_answered_command_failed_naming_it_in_the_detail() {
        CommandResult refusal = CommandResult.newBuilder().setCommandId("c-1").setOrderId("o-1")
                .setOutcome(CommandOutcome.REJECTED).setErrorCode("some_future_code").setErrorMessage("refused")
                .setFieldErrors(List.of()).setProcessedAt(java.time.Instant.EPOCH).build();

        var problem = RejectionProblems.of(refusal);

        assertThat(problem.code()).isEqualTo("command_failed");
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.detail()).contains("some_future_code");
        assertThat(OrderApiCode.catalogue()).containsKey(problem.code());
    }
}
