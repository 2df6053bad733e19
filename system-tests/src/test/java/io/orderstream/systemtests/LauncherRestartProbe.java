package io.orderstream.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The restart probe, not part of {@code ./mvnw verify} (about ten minutes): ten {@code down}/{@code up} cycles on one
 * work directory, each followed by an order that must be answered {@code 201} within order-api's command timeout.
 * Prints each cycle's times and a summary. Run: {@code ./mvnw -pl system-tests -am verify -Prestart-probe}.
 */
class LauncherRestartProbe {

    private static final int CYCLES = 10;
    private static final LauncherCommands ORDERSTREAM = new LauncherCommands();

    private record Cycle(int number, Duration down, Duration up, int orderStatus, Duration order) {

        String line() {
            return "cycle %2d: down %5.1f s, up %5.1f s, order %d in %5d ms".formatted(number, seconds(down), seconds(up), orderStatus,
                    order.toMillis());
        }
    }

    @AfterAll
    static void stopAndWipe() {
        ORDERSTREAM.run("reset");
    }

    @Test
    void ten_down_up_cycles_each_followed_by_an_order_answered_201() {
        LauncherCommands.Result first = ORDERSTREAM.run("up");
        assertThat(first.exitCode()).as(first.output()).isZero();
        System.out.printf("restart probe: first up (fresh work directory) %.1f s%n", seconds(first.took()));
        List<Cycle> cycles = new ArrayList<>();
        for (int number = 1; number <= CYCLES; number++) {
            cycles.add(cycle(number));
            System.out.println("restart probe: " + cycles.getLast().line());
        }
        System.out.println("restart probe: " + summary(cycles));

        assertThat(cycles).allSatisfy(cycle -> assertThat(cycle.orderStatus()).as(cycle.line()).isEqualTo(201));
    }

    private static Cycle cycle(int number) {
        LauncherCommands.Result down = ORDERSTREAM.run("down");
        assertThat(down.exitCode()).as(down.output()).isZero();
        LauncherCommands.Result up = ORDERSTREAM.run("up");
        assertThat(up.exitCode()).as("cycle " + number + ": " + up.output()).isZero();
        long start = System.nanoTime();
        var created = ORDERSTREAM.api().post("/orders", LauncherCommands.ORDER);
        return new Cycle(number, down.took(), up.took(), created.status(), Duration.ofNanos(System.nanoTime() - start));
    }

    private static String summary(List<Cycle> cycles) {
        List<Duration> ups = cycles.stream().map(Cycle::up).sorted().toList();
        long created = cycles.stream().filter(cycle -> cycle.orderStatus() == 201).count();
        Duration slowestOrder = cycles.stream().map(Cycle::order).max(Comparator.naturalOrder()).orElseThrow();
        return "%d of %d orders answered 201; up min %.1f s, median %.1f s, max %.1f s; slowest order %d ms".formatted(
                created, cycles.size(), seconds(ups.getFirst()), seconds(ups.get(ups.size() / 2)), seconds(ups.getLast()),
                slowestOrder.toMillis());
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
