package io.orderstream.billing.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** billing-scheduler's README names exactly the codes of {@link BillingApiCode}, each with its status. */
class BillingErrorCodesDocumentedTest {

    private static final Path README = Path.of("README.md");
    private static final String SECTION = "### Billing error codes";
    private static final Pattern ROW = Pattern.compile("^\\| (\\d{3}) \\| (.*) \\|$");
    private static final Pattern CODE = Pattern.compile("`([a-z]+(?:_[a-z]+)*)`");

    /** The table under {@value #SECTION}: each code with the status of its row. */
    private static Map<String, Integer> documented() throws IOException {
        List<String> lines = Files.readAllLines(README);
        int start = lines.indexOf(SECTION);
        assertThat(start).as("billing-scheduler's README has a section " + SECTION).isNotNegative();
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
    void the_readme_billing_error_table_lists_exactly_the_billing_codes_with_their_status() throws IOException {
        Map<String, Integer> catalogue = Arrays.stream(BillingApiCode.values())
                .collect(Collectors.toMap(BillingApiCode::code, BillingApiCode::status, (a, b) -> a, TreeMap::new));

        assertThat(documented()).isEqualTo(catalogue);
    }

    @Test
    void every_billing_code_is_answered_with_its_status_and_title() {
        for (BillingApiCode code : BillingApiCode.values()) {
            var problem = code.problem("detail");

            assertThat(problem.code()).isEqualTo(code.name().toLowerCase(java.util.Locale.ROOT));
            assertThat(problem.status()).isEqualTo(code.status());
            assertThat(problem.title()).isEqualTo(code.title());
        }
    }
}
