package io.orderstream.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.orderstream.archfixture.a.Ping;
import io.orderstream.archfixture.b.Pong;
import io.orderstream.archfixture.clock.RawClockReader;
import io.orderstream.archfixture.domain.CataloguedDecision;
import io.orderstream.archfixture.domain.KafkaAwareDecision;
import io.orderstream.archfixture.domain.TimedDecision;
import io.orderstream.archfixture.domain.WireTypeDecision;
import io.orderstream.orderapi.archfixture.HandWrittenProblem;
import org.junit.jupiter.api.Test;

/** Each house rule fails on code that breaks it, so a green {@link HouseRulesTest} means something. */
class HouseRulesSelfTest {

    @Test
    void a_domain_class_building_a_kafka_record_breaks_the_domain_rule() {
        assertThat(evaluate(HouseRulesTest.the_domain_is_plain_java, KafkaAwareDecision.class).hasViolation())
                .isTrue();
    }

    @Test
    void a_domain_class_using_a_wire_type_breaks_the_domain_rule() {
        assertThat(evaluate(HouseRulesTest.the_domain_is_plain_java, WireTypeDecision.class).hasViolation())
                .isTrue();
    }

    @Test
    void a_domain_class_taking_the_time_source_keeps_the_domain_rule() {
        assertThat(evaluate(HouseRulesTest.the_domain_is_plain_java, TimedDecision.class).hasViolation())
                .isFalse();
    }

    @Test
    void a_domain_class_refusing_with_the_shared_catalogue_keeps_the_domain_rule() {
        assertThat(evaluate(HouseRulesTest.the_domain_is_plain_java, CataloguedDecision.class).hasViolation())
                .isFalse();
    }

    @Test
    void order_api_making_a_problem_of_a_code_written_out_breaks_the_codes_rule() {
        assertThat(evaluate(HouseRulesTest.order_api_answers_only_codes_of_the_catalogue, HandWrittenProblem.class)
                .hasViolation()).isTrue();
    }

    @Test
    void two_packages_depending_on_each_other_break_the_cycle_rule() {
        assertThat(evaluate(HouseRulesTest.packages_do_not_depend_on_each_other_in_a_cycle, Ping.class, Pong.class)
                .hasViolation()).isTrue();
    }

    @Test
    void reading_the_clocks_or_sleeping_directly_breaks_the_time_rule_once_per_call() {
        EvaluationResult result = evaluate(
                HouseRulesTest.time_is_read_and_waited_for_only_through_the_time_source, RawClockReader.class);

        assertThat(result.getFailureReport().getDetails())
                .hasSize(4)
                .anySatisfy(detail -> assertThat(detail).contains("System.nanoTime()"))
                .anySatisfy(detail -> assertThat(detail).contains("System.currentTimeMillis()"))
                .anySatisfy(detail -> assertThat(detail).contains("Thread.sleep(long)"))
                .anySatisfy(detail -> assertThat(detail).contains("LockSupport.parkNanos(long)"));
    }

    @Test
    void going_through_the_time_source_keeps_the_time_rule() {
        assertThat(evaluate(HouseRulesTest.time_is_read_and_waited_for_only_through_the_time_source,
                TimedDecision.class).hasViolation()).isFalse();
    }

    private static EvaluationResult evaluate(ArchRule rule, Class<?>... classes) {
        JavaClasses imported = new ClassFileImporter().importClasses(classes);
        return rule.evaluate(imported);
    }
}
