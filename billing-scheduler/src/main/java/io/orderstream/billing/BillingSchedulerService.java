package io.orderstream.billing;

import io.micrometer.core.instrument.MeterRegistry;
import io.orderstream.billing.kafka.PaymentLoop;
import io.orderstream.billing.payment.HttpPaymentProvider;
import io.orderstream.billing.payment.PaymentWorker;
import io.orderstream.billing.payment.TimedPaymentProvider;
import io.orderstream.platform.config.Env;
import io.orderstream.platform.http.ServiceServer;
import io.orderstream.platform.kafka.KafkaSettings;
import io.orderstream.platform.kafka.TopicCatalog;
import io.orderstream.platform.kafka.TopicProvisioner;
import io.orderstream.platform.loop.LoopReadiness;
import io.orderstream.platform.loop.LoopService;
import io.orderstream.platform.loop.LoopState;
import io.orderstream.platform.loop.RetryTopicProvisioner;
import io.orderstream.platform.loop.RetryTopics;
import io.orderstream.platform.loop.TransactionalLoop;
import io.orderstream.platform.metrics.ServiceMetrics;
import io.orderstream.platform.time.TimeSource;
import io.orderstream.schemas.payment.PaymentRequest;
import io.orderstream.schemas.payment.PaymentResult;
import java.time.Clock;
import java.util.List;

/**
 * The running billing scheduler: its payment worker, which charges (or refunds) payments.requests and pays out
 * payouts.requests (a loop of its own) at the payment provider and answers on payments.results; billing's data ({@link BillingData}: customers and invoices in PostgreSQL and their
 * routes); the monthly billing run ({@link BillingRun}: claim, fan-out, bookkeeping, dunning); and the HTTP side (health with the database's readiness, metrics). BILLING_SCHEDULER_PORT (8083),
 * {@link PaymentWorkerSettings}' variables, the database's and the platform's.
 */
public final class BillingSchedulerService implements AutoCloseable {

    public static final String SERVICE = "billing-scheduler";

    private final BillingData data;
    private final HttpPaymentProvider provider;
    private final TransactionalLoop<PaymentRequest, PaymentResult> payouts;
    private final LoopService service;
    private final BillingRun billingRun;

    private BillingSchedulerService(BillingData data, HttpPaymentProvider provider,
                                    TransactionalLoop<PaymentRequest, PaymentResult> payouts, LoopService service,
                                    BillingRun billingRun) {
        this.data = data;
        this.provider = provider;
        this.payouts = payouts;
        this.service = service;
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
        BillingData data = BillingData.connect(env, time);
        http.routes(data::routes).readiness(data.readiness());
        try {
            return start(env, kafka, settings, http, data, time);
        } catch (RuntimeException e) {
            data.close();
            throw e;
        }
    }

    private static BillingSchedulerService start(Env env, KafkaSettings kafka, PaymentWorkerSettings settings,
                                                 ServiceServer.Builder http, BillingData data, TimeSource time) {
        new TopicProvisioner(kafka).createMissing(List.of(TopicCatalog.PAYMENT_REQUESTS, TopicCatalog.PAYMENT_RESULTS,
                TopicCatalog.PAYOUT_REQUESTS));
        new RetryTopicProvisioner(kafka).createMissing(RetryTopics.of(PaymentLoop.settings(kafka, settings)));
        new RetryTopicProvisioner(kafka).createMissing(RetryTopics.of(PaymentLoop.payoutSettings(kafka, settings)));
        MeterRegistry metrics = ServiceMetrics.registry();
        var provider = new HttpPaymentProvider(settings.providerUrl(), settings.providerTimeout());
        var worker = new PaymentWorker(new TimedPaymentProvider(provider, metrics, TimeSource.system()), Clock.systemUTC());
        var loop = PaymentLoop.create(kafka, settings, worker, metrics).start();
        TransactionalLoop<PaymentRequest, PaymentResult> payouts;
        try {
            payouts = PaymentLoop.createPayouts(kafka, settings, worker, metrics).start();
        } catch (RuntimeException e) {
            loop.close();
            provider.close();
            throw e;
        }
        http.readiness(new LoopReadiness(PaymentLoop.PAYOUT_NAME, payouts::isRunning));
        BillingRun billingRun = BillingRun.start(env, kafka, data.dataSource(), metrics, time, http);
        try {
            return new BillingSchedulerService(data, provider, payouts, LoopService.start(loop, http, kafka),
                    billingRun);
        } catch (RuntimeException e) {
            billingRun.close();
            payouts.close();
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
        payouts.close();
        provider.close();
        data.close();
    }
}
