package io.orderstream.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.orderstream.platform.http.Problem;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

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

    /** The generated Avro classes: the wire, as the topics and the registry name it. */
    private static final String WIRE = "io.orderstream.schemas..";

    /** The simple names of the top-level wire types, read once from the schemas module. */
    private static final Set<String> WIRE_NAMES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.orderstream.schemas").stream()
            .filter(JavaClass::isTopLevelClass)
            .map(JavaClass::getSimpleName)
            .collect(Collectors.toCollection(TreeSet::new));

    /**
     * Names say which side they are on: the wire keeps the names the topics and the registry know
     * ({@code OrderCommand}, {@code OrderEvent}, {@code OrderState}, {@code Payment}, ...); a domain type never takes
     * one of them ({@code Command}, {@code Event}, {@code LineItem}, {@code AppliedPayment}, ...). A domain type's
     * nested types are named through it ({@code Event.OrderCreated} beside the wire's {@code OrderCreated}).
     * payment-provider-mock's domain is left out: it stands for an outside gateway, speaks HTTP only and cannot see
     * the wire (its {@code Charge} is the provider's).
     */
    @ArchTest
    static final ArchRule domain_types_are_not_named_like_wire_types = classes()
            .that().resideInAnyPackage(DOMAIN, WAREHOUSE)
            .and().resideOutsideOfPackage("io.orderstream.paymentprovider..")
            .and().areTopLevelClasses()
            .should(notBeNamedLikeAWireType())
            .because("a shell that maps a domain type to the wire type of the same name has to spell one of them"
                    + " with its package");

    /**
     * The rule the names exist for, in every shell: no class uses a wire type and another type of the same simple
     * name (or is itself named like a wire type it uses), so no code spells a type with its package.
     */
    @ArchTest
    static final ArchRule no_class_uses_a_wire_type_and_a_namesake = classes()
            .that().resideOutsideOfPackage(WIRE)
            .should(notUseAWireTypeAndANamesake())
            .because("one of the two would have to be written with its package: rename ours, never the wire's");

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

    private static ArchCondition<JavaClass> notBeNamedLikeAWireType() {
        return new ArchCondition<>("not share a simple name with a wire type (" + WIRE + ")") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                if (WIRE_NAMES.contains(item.getSimpleName())) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " is named like the wire type "
                            + item.getSimpleName() + " of " + WIRE));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> notUseAWireTypeAndANamesake() {
        return new ArchCondition<>("not use a wire type and another type of the same simple name") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                Map<String, Set<String>> typesByName = new TreeMap<>();
                typesByName.computeIfAbsent(item.getSimpleName(), name -> new TreeSet<>()).add(item.getName());
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    if (target.isTopLevelClass()) {
                        typesByName.computeIfAbsent(target.getSimpleName(), name -> new TreeSet<>())
                                .add(target.getName());
                    }
                }
                typesByName.values().stream()
                        .filter(names -> names.size() > 1)
                        .filter(names -> names.stream().anyMatch(name -> name.startsWith("io.orderstream.schemas.")))
                        .forEach(names -> events.add(SimpleConditionEvent.violated(item,
                                item.getName() + " uses namesakes " + names)));
            }
        };
    }

    private static DescribedPredicate<JavaMethodCall> callTo(Class<?> owner, String method) {
        return DescribedPredicate.describe(owner.getSimpleName() + "." + method,
                call -> call.getTargetOwner().isEquivalentTo(owner) && call.getName().equals(method));
    }
}
