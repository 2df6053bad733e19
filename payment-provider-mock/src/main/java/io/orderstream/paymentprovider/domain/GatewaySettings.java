package io.orderstream.paymentprovider.domain;

import java.time.Duration;

/** How the simulated gateway behaves: its latency range, decline and fault ratios, and its random seed. */
public record GatewaySettings(
        Duration latencyMin, Duration latencyMax, double declineRatio, double faultRatio, long seed) {

    public static final Duration DEFAULT_LATENCY_MIN = Duration.ofMillis(20);
    public static final Duration DEFAULT_LATENCY_MAX = Duration.ofMillis(200);
    public static final double DEFAULT_DECLINE_RATIO = 0.25;
    public static final double DEFAULT_FAULT_RATIO = 0.05;
}
