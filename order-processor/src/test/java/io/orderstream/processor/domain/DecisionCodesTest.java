package io.orderstream.processor.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderstream.platform.codes.FieldCode;
import io.orderstream.platform.codes.RejectionCode;
import io.orderstream.processor.domain.Decision.FieldError;
import io.orderstream.processor.domain.Decision.Rejected;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decider can only refuse with the catalogue's codes: every other decider test relies on it. */
class DecisionCodesTest {

    @Test
    void a_refusal_carries_the_wire_code_of_its_catalogue_member() {
        var rejected = (Rejected) Decision.reject(RejectionCode.INVALID_STATE, "no");

        assertThat(rejected.code()).isEqualTo("invalid_state");
    }

    @Test
    void a_refusal_with_a_code_the_catalogue_lacks_cannot_be_made() {
        assertThatThrownBy(() -> new Rejected("sku_invalid", "no", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sku_invalid");
    }

    @Test
    void a_field_error_with_a_code_the_catalogue_lacks_cannot_be_made() {
        assertThatThrownBy(() -> new FieldError("lines[0].sku", "sku_invalid", "no"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sku_invalid");
    }

    @Test
    void a_field_error_carries_the_wire_code_of_its_catalogue_member() {
        assertThat(new FieldError("reason", FieldCode.REASON_TOO_LONG, "long").code()).isEqualTo("reason_too_long");
    }
}
