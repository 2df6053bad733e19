package io.orderstream.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderstream.platform.config.Env;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StreamsTuningTest {

    @Test
    void commitsEvery20MillisecondsOnOneThreadAndLingers5ByDefault() {
        Map<String, Object> config = StreamsTuning.from(new Env(Map.of())).config();

        assertThat(config).containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 20L)
                .containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1)
                .containsEntry(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 5);
    }

    @Test
    void takesEachSettingFromItsEnvironmentVariable() {
        Env env = new Env(Map.of("ORDER_PROCESSOR_COMMIT_INTERVAL_MS", "50", "ORDER_PROCESSOR_STREAM_THREADS", "3",
                "ORDER_PROCESSOR_LINGER_MS", "0"));

        assertThat(StreamsTuning.from(env).config()).containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 50L)
                .containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 3)
                .containsEntry(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 0);
    }

    @Test
    void refusesACommitIntervalOfZeroNamingTheVariable() {
        Env env = new Env(Map.of("ORDER_PROCESSOR_COMMIT_INTERVAL_MS", "0"));

        assertThatThrownBy(() -> StreamsTuning.from(env)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ORDER_PROCESSOR_COMMIT_INTERVAL_MS");
    }

    @Test
    void refusesZeroStreamThreadsNamingTheVariable() {
        Env env = new Env(Map.of("ORDER_PROCESSOR_STREAM_THREADS", "0"));

        assertThatThrownBy(() -> StreamsTuning.from(env)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ORDER_PROCESSOR_STREAM_THREADS");
    }
}
