package io.orderstream.platform.loop;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoopReadinessTest {

    private final LoopHarness harness = new LoopHarness();

    @AfterEach
    void closeLoop() {
        harness.close();
    }

    @Test
    void isReadyWhileTheLoopRuns() {
        TransactionalLoop<Integer, String> loop = harness.start();
        Await.until("the loop runs", loop::isRunning);

        HealthCheckResponse response = new LoopReadiness(loop).call();

        assertThat(new LoopReadiness(loop).type()).isEqualTo(HealthCheckType.READINESS);
        assertThat(response.status()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.details()).containsEntry("state", "RUNNING");
    }

    @Test
    void isNotReadyOnceTheLoopStopped() {
        TransactionalLoop<Integer, String> loop = harness.start();
        Await.until("the loop runs", loop::isRunning);
        loop.close();

        HealthCheckResponse response = new LoopReadiness(loop).call();

        assertThat(response.status()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.details()).containsEntry("state", "STOPPED");
    }

    @Test
    void reportsAnyLoopByItsNameWithoutDetail() {
        HealthCheckResponse up = new LoopReadiness("some-listener", () -> true).call();
        HealthCheckResponse down = new LoopReadiness("some-listener", () -> false).call();

        assertThat(new LoopReadiness("some-listener", () -> true).name()).isEqualTo("some-listener");
        assertThat(up.status()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(down.status()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(up.details()).isEmpty();
    }
}
