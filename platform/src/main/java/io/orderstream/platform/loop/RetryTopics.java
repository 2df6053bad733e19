package io.orderstream.platform.loop;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The topics beside a loop's input topic, named as on the broker: {@code <input>.retry.<n>} for each retry tier and
 * {@code <input>.dlq}. It also tells which attempt a consumed record is: the first on the input topic, {@code n + 1}
 * on tier {@code n}.
 */
public final class RetryTopics {

    public static final String TIER_INFIX = ".retry.";
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private final String input;
    private final RetryTiers tiers;
    private final List<String> tierTopics;

    public RetryTopics(String input, RetryTiers tiers) {
        this.input = input;
        this.tiers = tiers;
        this.tierTopics = IntStream.rangeClosed(1, tiers.count()).mapToObj(tier -> input + TIER_INFIX + tier).toList();
    }

    public static RetryTopics of(LoopSettings settings) {
        return new RetryTopics(settings.inputTopic(), settings.retryTiers());
    }

    public String input() {
        return input;
    }

    public RetryTiers tiers() {
        return tiers;
    }

    /** {@code <input>.retry.<tier>}, tier from 1. */
    public String tierTopic(int tier) {
        return tierTopics.get(tier - 1);
    }

    public List<String> tierTopics() {
        return tierTopics;
    }

    public String deadLetterTopic() {
        return input + DEAD_LETTER_SUFFIX;
    }

    /** What the loop consumes: the input topic and every tier. */
    public List<String> subscription() {
        List<String> topics = new ArrayList<>(tierTopics.size() + 1);
        topics.add(input);
        topics.addAll(tierTopics);
        return List.copyOf(topics);
    }

    /** The tier a topic is, from 1; empty for the input topic or any other. */
    public OptionalInt tierOf(String topic) {
        int index = tierTopics.indexOf(topic);
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index + 1);
    }

    /** 1 for a record of the input topic, {@code n + 1} for one of tier {@code n}. */
    public int attemptOf(ConsumerRecord<?, ?> record) {
        return tierOf(record.topic()).orElse(0) + 1;
    }

    /** Whether a failure of this attempt sends the record to the dead-letter topic. */
    public boolean isLastAttempt(ConsumerRecord<?, ?> record) {
        return attemptOf(record) >= tiers.maxAttempts();
    }
}
