package io.orderstream.processor.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AppliedCommandsTest {

    private static AppliedCommands applying(int count) {
        AppliedCommands commands = AppliedCommands.createdBy("create");
        for (int i = 1; i <= count; i++) {
            commands = commands.with("c-" + i);
        }
        return commands;
    }

    @Test
    void keeps_at_most_100_commands_forgetting_the_oldest() {
        AppliedCommands commands = applying(101);

        assertThat(commands.applied()).hasSize(AppliedCommands.MAX_REMEMBERED)
                .containsExactlyElementsOf(IntStream.rangeClosed(2, 101).mapToObj(i -> "c-" + i).toList());
        assertThat(commands.hasApplied("c-1")).isFalse();
    }

    @Test
    void never_forgets_the_command_that_created_the_order() {
        assertThat(applying(250).isCreator("create")).isTrue();
    }

    @Test
    void a_command_remembered_already_is_kept_once() {
        assertThat(applying(2).with("c-1").applied()).containsExactly("c-1", "c-2");
    }

    @Test
    void an_order_from_before_commands_were_kept_knows_no_creator() {
        assertThat(AppliedCommands.NONE.isCreator(null)).isFalse();
        assertThat(AppliedCommands.NONE.isCreator("create")).isFalse();
    }
}
