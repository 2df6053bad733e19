package io.orderstream.processor;

import io.orderstream.platform.config.Env;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * How fast order-processor's Kafka Streams runs: what trades latency against broker work. None of it weakens
 * exactly_once_v2; each only decides how often and how much is committed at once.
 *
 * @param commitInterval ORDER_PROCESSOR_COMMIT_INTERVAL_MS (20): how often a stream thread commits its transaction.
 *                       Every read_committed reader (order-api, the loops) sees a result only after that commit, so
 *                       half the interval on average is added to every hop through the processor; each commit costs
 *                       the broker a transaction per thread (markers on every partition written). Streams' own
 *                       default under exactly-once is 100 ms; 20 ms halved create latency in the trial for
 *                       about a tenth of a core more on the broker
 * @param streamThreads  ORDER_PROCESSOR_STREAM_THREADS (1): stream threads of this instance, each with its own
 *                       tasks, producer and transactions; more than one pays only when a thread is busy all the time
 *                       and cores are free; more partitions than threads × instances stay needed to spread the work
 * @param linger         ORDER_PROCESSOR_LINGER_MS (5): how long the producer waits to fill a batch. Streams' default
 *                       is 100 ms, longer than the commit interval: nothing would leave before the commit flushes it,
 *                       so every commit would first wait for a whole produce round trip
 */
record StreamsTuning(Duration commitInterval, int streamThreads, Duration linger) {

    static final StreamsTuning DEFAULT = new StreamsTuning(Duration.ofMillis(20), 1, Duration.ofMillis(5));

    StreamsTuning {
        if (commitInterval.isNegative() || commitInterval.isZero()) {
            throw new IllegalArgumentException("the commit interval must be positive, was " + commitInterval);
        }
        if (streamThreads < 1) {
            throw new IllegalArgumentException("at least one stream thread is needed, was " + streamThreads);
        }
        if (linger.isNegative()) {
            throw new IllegalArgumentException("the producer's linger cannot be negative, was " + linger);
        }
    }

    static StreamsTuning from(Env env) {
        return new StreamsTuning(
                Duration.ofMillis(atLeast(env, "ORDER_PROCESSOR_COMMIT_INTERVAL_MS", DEFAULT.commitInterval.toMillis(), 1)),
                (int) atLeast(env, "ORDER_PROCESSOR_STREAM_THREADS", DEFAULT.streamThreads, 1),
                Duration.ofMillis(atLeast(env, "ORDER_PROCESSOR_LINGER_MS", DEFAULT.linger.toMillis(), 0)));
    }

    private static long atLeast(Env env, String name, long defaultValue, long least) {
        long value = env.longValue(name, defaultValue);
        if (value < least || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("environment variable " + name + " must be from " + least + " to "
                    + Integer.MAX_VALUE + ", was " + value);
        }
        return value;
    }

    /** The Streams settings these stand for. */
    Map<String, Object> config() {
        return Map.of(
                StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitInterval.toMillis(),
                StreamsConfig.NUM_STREAM_THREADS_CONFIG, streamThreads,
                StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), (int) linger.toMillis());
    }
}
