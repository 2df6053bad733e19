package io.orderstream.archfixture.b;

import io.orderstream.archfixture.a.Ping;

/** The other half: b depends on a. */
public final class Pong {

    public Ping serve() {
        return new Ping();
    }
}
