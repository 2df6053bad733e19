-- Idempotency keys now remember the first response to replay it (status, Location, body), the command
-- the request sent, and when the request claimed the key (a claim older than the lease is abandoned).
-- The keys of version 1 named only an order id and cannot be replayed; they are dropped.
DROP TABLE idempotency_keys;
CREATE TABLE idempotency_keys (
    key                text        PRIMARY KEY,
    request_hash       text        NOT NULL,
    command_id         text        NOT NULL,
    order_id           text        NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    claimed_at         timestamptz NOT NULL DEFAULT now(),
    -- null while the first request is in flight
    reply_status       integer,
    reply_location     text,
    reply_content_type text,
    reply_body         text
);
CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);

-- Every command the API sent, and its outcome once its result came: GET /commands/{id}.
CREATE TABLE commands (
    command_id   text        PRIMARY KEY,
    order_id     text        NOT NULL,
    kind         text        NOT NULL,
    -- PENDING, SUCCEEDED or FAILED; only a PENDING command takes an outcome
    status       text        NOT NULL,
    order_body   jsonb,
    problem      jsonb,
    created_at   timestamptz NOT NULL DEFAULT now(),
    completed_at timestamptz
);
-- commands are kept as long as Idempotency-Keys: a kept 202 points at its command
CREATE INDEX commands_created_at ON commands (created_at);

-- The events of orders.events, once each whatever is redelivered: GET /orders/{id}/events.
CREATE TABLE order_events (
    event_id     text        PRIMARY KEY,
    order_id     text        NOT NULL,
    version      bigint      NOT NULL,
    type         text        NOT NULL,
    occurred_at  timestamptz NOT NULL,
    causation_id text        NOT NULL,
    data         jsonb       NOT NULL
);
CREATE INDEX order_events_order_version ON order_events (order_id, version);

-- A customer's orders newest first, e-mail compared without case, id breaking ties for the keyset cursor.
DROP INDEX orders_customer_email_created_at;
CREATE INDEX orders_by_customer ON orders (lower(customer_email), created_at DESC, id DESC);

-- The order JSON names the fulfillment's outcome `result` now.
UPDATE orders
SET body = jsonb_set(body #- '{fulfillment,outcome}', '{fulfillment,result}', body -> 'fulfillment' -> 'outcome')
WHERE jsonb_typeof(body -> 'fulfillment') = 'object' AND body -> 'fulfillment' ? 'outcome';
