package io.orderstream.orderapi.command;

import io.orderstream.orderapi.view.OrderView;
import io.orderstream.platform.http.Problem;

/** What a command came to, as far as a client may know. */
public sealed interface ClientOutcome {

    /** The command was carried out; this is the order after it. */
    record Succeeded(OrderView order) implements ClientOutcome {
    }

    /** The command was refused; this is the problem its request is answered with. */
    record Failed(Problem problem) implements ClientOutcome {
    }

    /** No outcome yet: no result in time, or one that does not settle the command (a charge still running). */
    record Pending() implements ClientOutcome {
    }

    ClientOutcome PENDING = new Pending();
}
