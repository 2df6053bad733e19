package io.orderstream.billing;

import io.micrometer.core.instrument.MeterRegistry;
import io.orderstream.billing.kafka.PaymentLoop;
import io.orderstream.billing.payment.HttpPaymentProvider;
import io.orderstream.billing.payment.PaymentWorker;
import io.orderstream.billing.payment.TimedPaymentProvider;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.db.Database;
import io.orderstream.platform.http.ServiceServer;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.kafka.TopicProvisioner;
import io.orderstream.platform.loop.LoopService;
import io.orderstream.platform.loop.LoopState;
import io.orderstream.platform.loop.RetryTopicProvisioner;
import io.orderstream.platform.loop.RetryTopics;
import io.orderstream.platform.metrics.ServiceMetrics;
import io.orderstream.platform.time.TimeSource;
import java.time.Clock;
import java.util.List;

/**
 * The running billing scheduler; for now its payment worker, which charges payments.requests at the payment provider
 * and answers on payments.results, and the HTTP side (health, metrics). BILLING_SCHEDULER_PORT (8083),
 * {@link PaymentWorkerSettings}' variables and the platform's.
 */
public final class BillingSchedulerService implements AutoCloseable {

    public static final String SERVICE = "billing-scheduler";

    private final HttpPaymentProvider provider;
    private final LoopService service;
    private final Database database;
    private final BillingRun billingRun;

    private BillingSchedulerService(HttpPaymentProvider provider, LoopService service, Database database,
                                    BillingRun billingRun) {
        this.provider = provider;
        this.service = service;
        this.database = database;
        this.billingRun = billingRun;
    }

    public static BillingSchedulerService start(Env env) {
        return start(env, TimeSource.system());
    }

    /** With the billing run's time from {@code time}: a test advances it to the 1st and expects a run. */
    public static BillingSchedulerService start(Env env, TimeSource time) {
        KafkaSettings kafka = KafkaSettings.from(env);
        PaymentWorkerSettings settings = PaymentWorkerSettings.from(env);
        ServiceServer.Builder http = ServiceServer.builder(SERVICE).port(env, "BILLING_SCHEDULER_PORT", 8083);
        new TopicProvisioner(kafka).createMissing(List.of(TopicCatalog.PAYMENT_REQUESTS, TopicCatalog.PAYMENT_RESULTS));
        new RetryTopicProvisioner(kafka).createMissing(RetryTopics.of(PaymentLoop.settings(kafka, settings)));
        MeterRegistry metrics = ServiceMetrics.registry();
        var provider = new HttpPaymentProvider(settings.providerUrl(), settings.providerTimeout());
        var worker = new PaymentWorker(new TimedPaymentProvider(provider, metrics, TimeSource.system()), Clock.systemUTC());
        var loop = PaymentLoop.create(kafka, settings, worker, metrics).start();
        Database database = Database.connect(env, SERVICE, "billing").migrate();
        BillingRun billingRun = BillingRun.start(env, kafka, database.dataSource(), metrics, time, http);
        try {
            return new BillingSchedulerService(provider, LoopService.start(loop, http, kafka), database, billingRun);
        } catch (RuntimeException e) {
            billingRun.close();
            database.close();
            provider.close();
            throw e;
        }
    }

    public int port() {
        return service.port();
    }

    public LoopState state() {
        return service.state();
    }

    /** Stops answering; the calls in flight finish and their batch commits first. */
    @Override
    public void close() {
        billingRun.close();
        service.close();
        provider.close();
        database.close();
    }
}
