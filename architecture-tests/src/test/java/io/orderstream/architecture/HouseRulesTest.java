package io.orderstream.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.orderstream.platform.http.Problem;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * The house rules, checked on the main code of every module (tests may do as they need). They live here and
 * nowhere else: a module joins by being a dependency of this one.
 */
@AnalyzeClasses(packages = "io.orderstream", importOptions = ImportOption.DoNotIncludeTests.class)
class HouseRulesTest {

    /**
     * The domain packages: plain Java (records, sealed interfaces, pure functions), unit-tested in milliseconds.
     * <ul>
     *   <li>{@code io.orderstream.processor.domain}: the order decider (order-processor);</li>
     *   <li>{@code io.orderstream.paymentprovider.domain}: the gateway's charges, ledger and declines
     *       (payment-provider-mock);</li>
     *   <li>any {@code io.orderstream.<module>.domain} to come (billing-scheduler's subscription billing);</li>
     *   <li>{@code io.orderstream.fulfillment.warehouse}: what the warehouse ships or fails (fulfillment-mock),
     *       see {@link #the_warehouse_is_plain_java_but_for_its_wire_types}.</li>
     * </ul>
     * Not domain, by what they are: billing-scheduler's {@code payment} (the payment worker's HTTP client and its
     * mapping of wire types), dlq-replay's packages (they read and write Kafka records), order-api's packages
     * (HTTP, SQL and Kafka shells around the processor's answers), platform, schemas and local-stack.
     */
    private static final String DOMAIN = "io.orderstream.*.domain..";
    private static final String WAREHOUSE = "io.orderstream.fulfillment.warehouse..";

    /** What the domain must not know: transport, storage, wire formats, frameworks, metrics. */
    private static final String[] INFRASTRUCTURE = {
        "org.apache.kafka..",
        "org.apache.avro..",
        "io.apicurio..",
        "io.orderstream.schemas..",
        "io.helidon..",
        "java.sql..",
        "javax.sql..",
        "com.fasterxml.jackson..",
        "io.micrometer..",
    };

    /** The one package that reads the machine's clocks and sleeps (behind {@code TimeSource}). */
    private static final String TIME_SOURCE = "io.orderstream.platform.time..";

    /**
     * The platform packages the domain may use besides {@link #TIME_SOURCE}: plain Java shared with the shells, so a
     * rule or a code is declared once for both sides. {@code platform.codes}: the catalogue of rejection and field
     * codes (the decider refuses with it, order-api answers from it); {@code platform.limits}: the bounds of every
     * field. They are held to the domain's rule themselves ({@link #the_shared_catalogues_are_plain_java}).
     */
    private static final String[] SHARED_WITH_THE_DOMAIN = {
        TIME_SOURCE,
        "io.orderstream.platform.codes..",
        "io.orderstream.platform.limits..",
    };

    @ArchTest
    static final ArchRule the_domain_is_plain_java = plainJava(DOMAIN, DescribedPredicate.alwaysFalse());

    /**
     * The one exception, precise and temporary: the warehouse still takes and gives fulfillment-mock's wire types
     * ({@code io.orderstream.schemas.fulfillment}: {@code FulfillmentRequest} in, {@code FulfillmentResult} out),
     * and its tests are written against them. Everything else the domain rule forbids is forbidden here too. To
     * lift it: give the warehouse its own records and map them in {@code io.orderstream.fulfillment.kafka}, then
     * add {@link #WAREHOUSE} to {@link #the_domain_is_plain_java}.
     */
    @ArchTest
    static final ArchRule the_warehouse_is_plain_java_but_for_its_wire_types =
            plainJava(WAREHOUSE, resideInAPackage("io.orderstream.schemas.fulfillment"));

    @ArchTest
    static final ArchRule the_shared_catalogues_are_plain_java =
            plainJava("io.orderstream.platform.codes..", DescribedPredicate.alwaysFalse());

    @ArchTest
    static final ArchRule the_shared_limits_are_plain_java =
            plainJava("io.orderstream.platform.limits..", DescribedPredicate.alwaysFalse());

    /**
     * order-api answers only codes of the catalogue: its problems are made from {@code ProblemCode},
     * {@code OrderApiCode} or, in {@code RejectionProblems}, the processor's {@code RejectionCode} with its status and
     * title; no other class makes a problem from a code written out.
     */
    @ArchTest
    static final ArchRule order_api_answers_only_codes_of_the_catalogue = noClasses()
            .that().resideInAPackage("io.orderstream.orderapi..")
            .and().doNotHaveFullyQualifiedName("io.orderstream.orderapi.command.RejectionProblems")
            .should().callMethodWhere(callTo(Problem.class, "of"))
            .orShould().callMethodWhere(callTo(Problem.class, "badRequest"))
            .orShould().callConstructor(Problem.class, String.class, String.class, int.class, String.class,
                    String.class, String.class, List.class)
            .because("every code a client can get is declared once, with its status and title, and documented"
                    + " (ErrorCodesDocumentedTest)");

    @ArchTest
    static final ArchRule packages_do_not_depend_on_each_other_in_a_cycle = slices()
            .matching("io.orderstream.(*).(*)..")
            .namingSlices("$1.$2")
            .should().beFreeOfCycles();

    /**
     * Measuring and waiting go through one injectable {@code TimeSource}, so tests move time instead of waiting.
     * local-stack is left out: it is the launcher of real processes for tests and {@code bin/orderstream}, whose
     * waits are for those processes and never run inside a service (owned apart; it may adopt TimeSource later).
     */
    @ArchTest
    static final ArchRule time_is_read_and_waited_for_only_through_the_time_source = noClasses()
            .that().resideOutsideOfPackages(TIME_SOURCE, "io.orderstream.localstack..")
            .should().callMethodWhere(callTo(System.class, "nanoTime"))
            .orShould().callMethodWhere(callTo(System.class, "currentTimeMillis"))
            .orShould().callMethodWhere(callTo(Thread.class, "sleep"))
            .orShould().callMethodWhere(callTo(LockSupport.class, "parkNanos"))
            .because("time is measured and waited for through io.orderstream.platform.time.TimeSource, which"
                    + " tests replace by a ManualTimeSource");

    private static ArchRule plainJava(String packages, DescribedPredicate<? super JavaClass> tolerated) {
        DescribedPredicate<JavaClass> infrastructure = resideInAnyPackage(INFRASTRUCTURE)
                .or(resideInAPackage("io.orderstream.platform..").and(not(resideInAnyPackage(SHARED_WITH_THE_DOMAIN))))
                .and(not(tolerated))
                .as("Kafka, Avro, Apicurio, wire types, Helidon, JDBC, Jackson, Micrometer or platform besides"
                        + " its TimeSource, codes and limits");
        return noClasses().that().resideInAPackage(packages)
                .should().dependOnClassesThat(infrastructure)
                .because("the domain is plain Java: the shells around it translate from and to Kafka, HTTP, SQL"
                        + " and JSON");
    }

    private static DescribedPredicate<JavaMethodCall> callTo(Class<?> owner, String method) {
        return DescribedPredicate.describe(owner.getSimpleName() + "." + method,
                call -> call.getTargetOwner().isEquivalentTo(owner) && call.getName().equals(method));
    }
}
