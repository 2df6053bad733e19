package io.orderstream.orderapi.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.platform.config.Env;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdminTokenTest {

    @Test
    void the_configured_token_matches_itself_only() {
        AdminToken admin = AdminToken.of("s3cret-operator-token");

        assertThat(admin.matches("s3cret-operator-token")).isTrue();
        assertThat(admin.matches("s3cret-operator-toke")).isFalse();
        assertThat(admin.matches("s3cret-operator-token ")).isFalse();
        assertThat(admin.matches("")).isFalse();
    }

    @Test
    void without_a_configured_token_nothing_is_the_operators() {
        AdminToken admin = AdminToken.from(new Env(Map.of()));

        assertThat(admin.matches("")).isFalse();
        assertThat(admin.matches("anything")).isFalse();
    }

    @Test
    void a_blank_configured_token_counts_as_none() {
        assertThat(AdminToken.of("  ").matches("  ")).isFalse();
    }

    @Test
    void the_bearer_scheme_is_read_without_case_and_its_token_without_surrounding_blanks() {
        assertThat(BearerToken.parse("Bearer abc")).hasValue("abc");
        assertThat(BearerToken.parse("bearer  abc ")).hasValue("abc");
        assertThat(BearerToken.parse("Basic abc")).isEmpty();
        assertThat(BearerToken.parse("Bearer ")).isEmpty();
        assertThat(BearerToken.parse("Bearer")).isEmpty();
    }
}
