package io.orderstream.localstack.bench;

/** The plain Kafka producer's rate: acknowledged records over the time from the first send to the last acknowledgement. */
public record RawRate(long records, long nanos, int recordSize) {

    public static final RawRate NONE = new RawRate(0, 0, 0);

    public double perSecond() {
        return nanos <= 0 ? 0 : records * 1e9 / nanos;
    }
}
