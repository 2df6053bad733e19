package io.orderstream.localstack.bench;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What one run saw, as raw material for its {@link Summary}.
 *
 * @param windowStartNanos the end of the warm-up
 * @param windowEndNanos   when the load stopped
 * @param terminals        order id → its first final snapshot, for every order of the run the watcher saw
 * @param errors           what went wrong, by HTTP status or {@code connection error}, {@code timeout}
 * @param declined         create-and-pay orders answered {@code 402 payment_declined} (the gateway's declines: not errors)
 * @param drainWaitNanos   how long the run waited after the load for its orders to close
 */
public record Observations(long windowStartNanos, long windowEndNanos, Collection<CreatedOrder> created,
                           Map<String, Terminal> terminals, Latencies createLatency, Latencies paymentLatency,
                           Map<String, Long> errors, long declined, long drainWaitNanos,
                           List<CpuSample.ProcessUsage> cpu, double machineCpuPercent,
                           long pipelineRecords, RawRate rawProducer) {
}
