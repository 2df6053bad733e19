package io.orderstream.billing;

import io.orderstream.platform.config.Env;
import io.orderstream.platform.loop.LoopSettings;
import io.orderstream.platform.loop.RetryTiers;
import java.net.URI;
import java.time.Duration;

/**
 * The payment worker's own configuration.
 *
 * @param providerUrl     PAYMENT_PROVIDER_URL (http://localhost:8084): where the payment provider's API is
 * @param providerTimeout PAYMENT_PROVIDER_TIMEOUT (PT5S): how long one call to the provider may take, connecting included
 * @param concurrency     PAYMENT_WORKER_CONCURRENCY (256): how many requests are charged at the same time
 * @param batch           PAYMENT_WORKER_BATCH (500): the most requests one poll takes and one transaction answers
 * @param maxInFlight     PAYMENT_WORKER_IN_FLIGHT (4 × the concurrency): the most requests taken and not yet
 *                        answered in a commit; the loop polls again as answers are committed, so a slow call holds
 *                        up only the requests behind it on its partition. Answers done behind a slow call wait for it,
 *                        so this must be well above the concurrency to keep every call slot busy
 * @param commitInterval  LOOP_COMMIT_INTERVAL (PT0.02S): how often, at most, answers are committed while calls are
 *                        in flight (at once when none is)
 * @param retryTiers      RETRY_BACKOFFS (PT1S,PT10S,PT60S): when unanswered charges are asked again
 * @param instanceId      INSTANCE_ID (0): with the worker's name, the transactional id of this instance
 */
public record PaymentWorkerSettings(URI providerUrl, Duration providerTimeout, int concurrency, int batch,
                                    int maxInFlight, Duration commitInterval, RetryTiers retryTiers,
                                    String instanceId) {

    public static PaymentWorkerSettings from(Env env) {
        int concurrency = atLeastOne(env, "PAYMENT_WORKER_CONCURRENCY", 256);
        return new PaymentWorkerSettings(
                url(env, "PAYMENT_PROVIDER_URL", "http://localhost:8084"),
                positive(env, "PAYMENT_PROVIDER_TIMEOUT", Duration.ofSeconds(5)),
                concurrency,
                atLeastOne(env, "PAYMENT_WORKER_BATCH", 500),
                atLeastOne(env, "PAYMENT_WORKER_IN_FLIGHT", (int) Math.min(Integer.MAX_VALUE, 4L * concurrency)),
                LoopSettings.commitInterval(env),
                RetryTiers.from(env),
                env.string("INSTANCE_ID", "0"));
    }

    private static URI url(Env env, String name, String defaultValue) {
        String value = env.string(name, defaultValue);
        try {
            URI url = URI.create(value);
            if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()) || url.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            return url;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("environment variable " + name + " must be an http(s) URL such as "
                    + defaultValue + ", was '" + value + "'", e);
        }
    }

    private static Duration positive(Env env, String name, Duration defaultValue) {
        Duration value = env.duration(name, defaultValue);
        if (!value.isPositive()) {
            throw new IllegalArgumentException("environment variable " + name + " must be positive, was " + value);
        }
        return value;
    }

    private static int atLeastOne(Env env, String name, int defaultValue) {
        int value = env.integer(name, defaultValue);
        if (value < 1) {
            throw new IllegalArgumentException("environment variable " + name + " must be at least 1, was " + value);
        }
        return value;
    }
}
