package io.orderstream.dlq.replay;

import io.orderstream.dlq.record.PartitionOffset;

/**
 * What became of one dead letter a replay looked at.
 *
 * @param key         the record's key; blank when the record was not read (it was replayed before)
 * @param destination the original topic it goes back to; blank when unknown
 */
public record ReplayOutcome(PartitionOffset address, String key, String destination, Kind kind) {

    public enum Kind {
        REPLAYED("replayed", true),
        WOULD_REPLAY("would replay", true),
        ALREADY_REPLAYED("already replayed", true),
        NO_ORIGINAL_TOPIC("not replayed: no original topic header", false),
        UNKNOWN_DESTINATION("not replayed: the original topic does not exist", false),
        NO_RECORD("no such record", false);

        private final String text;
        private final boolean fine;

        Kind(String text, boolean fine) {
            this.text = text;
            this.fine = fine;
        }

        public String text() {
            return text;
        }

        /** False when the user asked for something that did not happen. */
        public boolean isFine() {
            return fine;
        }
    }
}
