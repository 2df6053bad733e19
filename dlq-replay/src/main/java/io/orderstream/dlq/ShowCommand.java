package io.orderstream.dlq;

import io.orderstream.dlq.record.DeadLetter;
import io.orderstream.dlq.record.PartitionOffset;
import io.orderstream.dlq.record.ValueDecoder;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dlq show <dlq-topic> <partition>:<offset>} */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Shows one record of a dead-letter topic: its headers and its decoded value.",
                "",
                "Avro in the Confluent wire format is decoded through the schema registry and shown as JSON;"
                        + " anything else (a poison pill, an unknown schema, an unreachable registry) as UTF-8 text"
                        + " and hex, with the reason."})
final class ShowCommand implements Callable<Integer> {

    @ParentCommand
    private DlqCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<dlq-topic>", description = "e.g. orders.commands.dlq (without TOPIC_PREFIX)")
    private String topic;

    @Parameters(index = "1", paramLabel = "<partition>:<offset>", description = "as dlq list shows them, e.g. 2:17")
    private PartitionOffset address;

    @Override
    public Integer call() {
        DeadLetter letter = new DeadLetterLookup(root.clients(topic)).find(address);
        PrintWriter out = spec.commandLine().getOut();
        try (var decoder = new ValueDecoder(root.kafka().registryUrl())) {
            out.print(DeadLetterView.render(letter,
                    decoder.decode(letter.record().topic(), letter.record().headers(), letter.record().value())));
        }
        out.flush();
        return 0;
    }
}
