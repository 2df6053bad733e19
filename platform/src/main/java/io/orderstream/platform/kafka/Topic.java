package io.orderstream.platform.kafka;

import org.apache.avro.specific.SpecificRecord;

/**
 * One topic of the catalogue: its name (before the deployment's prefix), how it is cleaned up
 * and the Avro type of its values. Keys are always strings: the id of the aggregate concerned.
 */
public record Topic<V extends SpecificRecord>(String name, Cleanup cleanup, Class<V> valueType) {

    public enum Cleanup { DELETE, COMPACT }

    public static <V extends SpecificRecord> Topic<V> log(String name, Class<V> valueType) {
        return new Topic<>(name, Cleanup.DELETE, valueType);
    }

    public static <V extends SpecificRecord> Topic<V> compacted(String name, Class<V> valueType) {
        return new Topic<>(name, Cleanup.COMPACT, valueType);
    }

    /** The dead-letter topic beside this one: records that could not be processed, as they were. */
    public String deadLetterName() {
        return name + ".dlq";
    }
}
