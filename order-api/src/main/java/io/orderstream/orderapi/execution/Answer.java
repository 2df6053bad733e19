package io.orderstream.orderapi.execution;

import io.orderstream.orderapi.view.Reply;

/** What a POST answers, and whether it is the kept answer of an earlier request with the same Idempotency-Key. */
public record Answer(Reply reply, boolean replayed) {
}
