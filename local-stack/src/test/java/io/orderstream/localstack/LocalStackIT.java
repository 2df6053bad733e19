package io.orderstream.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against the real processes of the JVM's shared stack; each test isolates itself by topic, artifact and database name. */
class LocalStackIT {

    private static LocalStack stack;
    private static KafkaTestClients kafka;
    private static RegistryTestClient registry;

    @BeforeAll
    static void startSharedStack() {
        stack = LocalStack.shared();
        kafka = new KafkaTestClients(stack.bootstrapServers());
        registry = new RegistryTestClient(stack);
    }

    @Test
    void a_record_committed_in_a_transaction_reaches_a_read_committed_consumer() throws Exception {
        String topic = unique("committed");
        kafka.createTopic(topic);

        kafka.sendInTransaction(topic, "order-1", "created", true);

        assertThat(kafka.readCommitted(topic, 1, Duration.ofSeconds(30)))
                .extracting(ConsumerRecord::key, ConsumerRecord::value)
                .containsExactly(tuple("order-1", "created"));
    }

    @Test
    void a_record_of_an_aborted_transaction_never_reaches_a_read_committed_consumer() throws Exception {
        String topic = unique("aborted");
        kafka.createTopic(topic);

        kafka.sendInTransaction(topic, "order-1", "aborted", false);
        kafka.sendInTransaction(topic, "order-2", "committed", true);

        assertThat(kafka.readCommitted(topic, 2, Duration.ofSeconds(5)))
                .extracting(ConsumerRecord::value)
                .containsExactly("committed");
    }

    @Test
    void topics_are_not_created_by_merely_using_them() throws Exception {
        String topic = unique("never-created");

        kafka.readCommitted(topic, 1, Duration.ofSeconds(2));

        assertThat(kafka.topics()).doesNotContain(topic);
    }

    @Test
    void an_avro_schema_registered_through_the_core_api_can_be_fetched_again() throws Exception {
        String artifactId = unique("order-placed");

        HttpResponse<String> created = registry.createAvroArtifact("local-stack-it", artifactId, RegistryTestClient.ORDER_PLACED_SCHEMA);
        HttpResponse<String> fetched = registry.latestContent("local-stack-it", artifactId);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.body()).contains("\"OrderPlaced\"", "\"orderId\"");
    }

    @Test
    void a_schema_registered_through_the_confluent_compatible_api_is_found_by_its_id() throws Exception {
        long id = registry.registerSubjectVersion(unique("orders-value"), RegistryTestClient.ORDER_PLACED_SCHEMA);

        HttpResponse<String> fetched = registry.schemaById(id);

        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.body()).contains("OrderPlaced");
    }

    @Test
    void a_database_asked_for_by_name_is_created_and_answers_queries() throws Exception {
        String jdbcUrl = stack.jdbcUrl(unique("it_db").replace('-', '_'));

        try (Connection connection = DriverManager.getConnection(jdbcUrl, stack.databaseUser(), stack.databasePassword());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE orders (id text PRIMARY KEY, total_minor bigint NOT NULL)");
            statement.execute("INSERT INTO orders VALUES ('order-1', 5000)");
            ResultSet result = statement.executeQuery("SELECT total_minor FROM orders WHERE id = 'order-1'");

            assertThat(result.next()).isTrue();
            assertThat(result.getLong(1)).isEqualTo(5000);
        }
    }

    @Test
    void asking_for_an_existing_database_again_gives_the_same_url() {
        String database = unique("twice").replace('-', '_');

        assertThat(stack.jdbcUrl(database)).isEqualTo(stack.jdbcUrl(database))
                .isEqualTo("jdbc:postgresql://localhost:" + stack.settings().postgresPort() + "/" + database);
    }

    @Test
    void every_caller_in_a_jvm_gets_the_same_shared_stack() {
        assertThat(LocalStack.shared()).isSameAs(stack);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
