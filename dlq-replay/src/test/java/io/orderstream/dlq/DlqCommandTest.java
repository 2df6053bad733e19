package io.orderstream.dlq;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderstream.platform.config.Env;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What the command line does before it talks to Kafka: usage, exit code 2, settings. */
class DlqCommandTest {

    private static final Env ENV = new Env(Map.of("KAFKA_BOOTSTRAP_SERVERS", "from-env:9092", "TOPIC_PREFIX", "dev."));

    private final CommandRunner runner = new CommandRunner(ENV, Clock.systemUTC());

    @Test
    void withoutACommandItSaysWhichThereAre() {
        CommandRunner.Run run = runner.run();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("name a command: list, show or replay");
    }

    @Test
    void helpListsTheCommandsAndExitsWithZero() {
        CommandRunner.Run run = runner.run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("list", "show", "replay", "TOPIC_PREFIX");
    }

    @Test
    void replayWantsAllOrOffsetsButNotBoth() {
        assertThat(runner.run("replay", "orders.commands.dlq").exitCode()).isEqualTo(2);
        CommandRunner.Run both = runner.run("replay", "orders.commands.dlq", "--all", "--offsets", "0:1");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
    }

    @Test
    void aMalformedOffsetIsAUsageErrorThatSaysWhatIsExpected() {
        CommandRunner.Run run = runner.run("replay", "orders.commands.dlq", "--offsets", "0:1,banana");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'banana' is not <partition>:<offset>");
    }

    @Test
    void aMalformedSinceIsAUsageErrorThatSaysWhatIsExpected() {
        CommandRunner.Run run = runner.run("list", "orders.commands.dlq", "--since", "yesterday");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("PT1H");
    }

    @Test
    void aLimitBelowOneIsAUsageError() {
        CommandRunner.Run run = runner.run("list", "orders.commands.dlq", "--limit", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--limit must be at least 1");
    }

    @Test
    void showWantsAnAddress() {
        CommandRunner.Run run = runner.run("show", "orders.commands.dlq");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("<partition>:<offset>");
    }

    @Test
    void kafkaComesFromTheEnvironmentUnlessAnOptionSaysOtherwiseBeforeOrAfterTheCommand() {
        assertThat(parsed("list", "t").kafka().bootstrapServers()).isEqualTo("from-env:9092");
        assertThat(parsed("--bootstrap-servers", "before:1", "list", "t").kafka().bootstrapServers()).isEqualTo("before:1");
        assertThat(parsed("list", "t", "--bootstrap-servers", "after:1").kafka().bootstrapServers()).isEqualTo("after:1");
        assertThat(parsed("list", "t", "--registry-url", "http://r:1").kafka().registryUrl()).isEqualTo("http://r:1");
    }

    @Test
    void topicsAndTheReplayGroupCarryTheTopicPrefix() {
        var clients = parsed("list", "t").clients("orders.commands.dlq");

        assertThat(clients.brokerTopic()).isEqualTo("dev.orders.commands.dlq");
        assertThat(clients.groupId()).isEqualTo("dev.dlq-replay.orders.commands.dlq");
    }

    private static DlqCommand parsed(String... arguments) {
        CommandLine commandLine = DlqCommand.commandLine(ENV, Clock.systemUTC());
        commandLine.parseArgs(arguments);
        return commandLine.getCommand();
    }
}
