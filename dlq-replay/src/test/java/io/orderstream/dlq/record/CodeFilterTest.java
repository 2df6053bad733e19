package io.orderstream.dlq.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderstream.platform.loop.DeadLetterHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodeFilterTest {

    private final FailureHeaders declined = TestLetters.fromALoop(0, 1)
            .header(DeadLetterHeaders.MESSAGE, "Charge failed: payment_declined (card ending 4242).")
            .build().failure();

    @ParameterizedTest
    @ValueSource(strings = {"GatewayException", "gatewayexception", "io.orderstream.payment.GatewayException",
            "payment_declined", "PAYMENT_DECLINED", "4242", "charge"})
    void matchesTheExceptionsNameOrAWholeWordOfItsMessage(String code) {
        assertThat(new CodeFilter(code).matches(declined)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"declined", "Gateway", "payment", "SerializationException", "card ending"})
    void doesNotMatchPartsOfWordsOrOtherExceptions(String code) {
        assertThat(new CodeFilter(code).matches(declined)).isFalse();
    }

    @Test
    void aWordAtTheEndOfASentenceOrAfterAnEqualsSignIsAWord() {
        FailureHeaders failure = TestLetters.fromALoop(0, 1)
                .header(DeadLetterHeaders.MESSAGE, "gateway said code=insufficient_funds. Giving up.")
                .build().failure();

        assertThat(new CodeFilter("insufficient_funds").matches(failure)).isTrue();
        assertThat(new CodeFilter("up").matches(failure)).isTrue();
    }

    @Test
    void aRecordWithoutFailureHeadersMatchesNoCode() {
        FailureHeaders none = new TestLetters.Builder(0, 1).build().failure();

        assertThat(new CodeFilter("SerializationException").matches(none)).isFalse();
    }

    @Test
    void refusesABlankCode() {
        assertThatThrownBy(() -> new CodeFilter(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
