package io.orderstream.fulfillment;

import io.orderstream.fulfillment.kafka.FulfillmentLoop;
import io.orderstream.platform.config.Env;
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
import java.util.List;

/**
 * The running warehouse: the loop that answers fulfillment requests and the HTTP side (health, metrics).
 * FULFILLMENT_MOCK_PORT (8082), {@link FulfillmentMockSettings}' variables and the platform's.
 */
public final class FulfillmentMockService implements AutoCloseable {

    public static final String SERVICE = "fulfillment-mock";

    private final LoopService service;

    private FulfillmentMockService(LoopService service) {
        this.service = service;
    }

    public static FulfillmentMockService start(Env env) {
        KafkaSettings kafka = KafkaSettings.from(env);
        FulfillmentMockSettings settings = FulfillmentMockSettings.from(env);
        ServiceServer.Builder http = ServiceServer.builder(SERVICE).port(env, "FULFILLMENT_MOCK_PORT", 8082);
        new TopicProvisioner(kafka).createMissing(
                List.of(TopicCatalog.FULFILLMENT_REQUESTS, TopicCatalog.FULFILLMENT_RESULTS));
        new RetryTopicProvisioner(kafka).createMissing(RetryTopics.of(FulfillmentLoop.settings(kafka, settings)));
        var loop = FulfillmentLoop.create(kafka, settings, ServiceMetrics.registry(), TimeSource.system()).start();
        return new FulfillmentMockService(LoopService.start(loop, http, kafka));
    }

    public int port() {
        return service.port();
    }

    public LoopState state() {
        return service.state();
    }

    @Override
    public void close() {
        service.close();
    }
}
