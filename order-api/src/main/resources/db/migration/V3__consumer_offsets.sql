-- Where each consumer group of order-api is in its topic: the next offset to read of every partition. Written in the
-- transaction that stores the rows read before it, so rows and positions agree whatever the database loses; a
-- partition is read from here when assigned (the group's Kafka offset, or the earliest record, when it has no row).
CREATE TABLE consumer_offsets (
    consumer_group text    NOT NULL,
    topic          text    NOT NULL,
    partition      integer NOT NULL,
    next_offset    bigint  NOT NULL,
    PRIMARY KEY (consumer_group, topic, partition)
);
