package io.orderstream.archfixture.a;

import io.orderstream.archfixture.b.Pong;

/** Half of a package cycle: a depends on b. */
public final class Ping {

    public Pong answer() {
        return new Pong();
    }
}
