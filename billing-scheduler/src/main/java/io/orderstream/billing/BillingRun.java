package io.orderstream.billing;

import io.micrometer.core.instrument.MeterRegistry;
import io.orderstream.billing.api.BillingRunRoutes;
import io.orderstream.billing.results.InvoiceBookkeeper;
import io.orderstream.billing.run.BillingRunSettings;
import io.orderstream.billing.run.BillingRuns;
import io.orderstream.billing.run.ChargeRequests;
import io.orderstream.billing.run.RunProgress;
import io.orderstream.billing.run.RunScheduler;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.consumer.ConsumerLoop;
import io.orderstream.platform.consumer.ConsumerLoopReadiness;
import io.orderstream.platform.consumer.DeadLetters;
import io.orderstream.platform.consumer.GroupListener;
import io.orderstream.platform.consumer.ListenerContext;
import io.orderstream.platform.http.ServiceServer;
import io.orderstream.platform.kafka.KafkaClientConfigs;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.metrics.ServiceMetrics;
import io.orderstream.platform.serde.AvroSerdes;
import io.orderstream.platform.time.TimeSource;
import io.orderstream.schemas.payment.PaymentRequest;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The billing run of one instance: its scheduler (claim, fan-out, completion, timeouts, dunning), the bookkeeping
 * consumer of payments.results (group {@code billing-results}, offsets in PostgreSQL) and the routes of
 * /billing-runs. {@link #start} adds the routes and the consumer's readiness to the server being built.
 */
public final class BillingRun implements AutoCloseable {

    public static final String RESULTS_GROUP = "billing-results";
    private static final String SERVICE = "billing-scheduler";

    private final Producer<String, PaymentRequest> producer;
    private final DeadLetters deadLetters;
    private final ConsumerLoop results;
    private final RunScheduler scheduler;

    private BillingRun(Producer<String, PaymentRequest> producer, DeadLetters deadLetters, ConsumerLoop results,
                       RunScheduler scheduler) {
        this.producer = producer;
        this.deadLetters = deadLetters;
        this.results = results;
        this.scheduler = scheduler;
    }

    public static BillingRun start(Env env, KafkaSettings kafka, DataSource database, MeterRegistry metrics,
                                   TimeSource time, ServiceServer.Builder http) {
        BillingRunSettings settings = BillingRunSettings.from(env);
        AvroSerdes serdes = AvroSerdes.registry(kafka);
        var config = KafkaClientConfigs.producer(kafka, "billing-run-" + settings.instance());
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        Producer<String, PaymentRequest> producer = new KafkaProducer<>(config, new StringSerializer(),
                serdes.valueSerde(TopicCatalog.PAYMENT_REQUESTS).serializer());
        ServiceMetrics.bind(producer);
        var deadLetters = DeadLetters.connect(kafka, SERVICE);
        var context = new ListenerContext(kafka, serdes, database, deadLetters);
        ConsumerLoop results = GroupListener.start(context, RESULTS_GROUP, TopicCatalog.PAYMENT_RESULTS,
                new InvoiceBookkeeper(settings.dunning(), time, metrics));
        var runs = new BillingRuns(database);
        var requests = new ChargeRequests(database, producer, kafka.prefixed(TopicCatalog.PAYMENT_REQUESTS.name()),
                settings.instance());
        var scheduler = new RunScheduler(settings, runs, requests, new RunProgress(runs, metrics), time).start();
        http.routes(new BillingRunRoutes(runs, settings.zone(), time, scheduler::wakeUp)::register)
                .readiness(new ConsumerLoopReadiness(results, ConsumerLoopReadiness.STUCK_AFTER, Clock.systemUTC()));
        return new BillingRun(producer, deadLetters, results, scheduler);
    }

    /** Stops the scheduler (the page in hand commits or rolls back), then the consumer, then the clients. */
    @Override
    public void close() {
        scheduler.close();
        results.close();
        deadLetters.close();
        producer.close(Duration.ofSeconds(10));
    }
}
