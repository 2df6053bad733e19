-- The read model: the latest snapshot of every order, as projected from orders.state.
CREATE TABLE orders (
    id             text        PRIMARY KEY,
    customer_email text        NOT NULL,
    status         text        NOT NULL,
    total          bigint      NOT NULL,
    currency       text        NOT NULL,
    -- the number of events applied; the projection never replaces a row with an older version
    version        bigint      NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    -- the order as GET /orders/{id} answers it
    body           jsonb       NOT NULL
);

-- for listing a customer's orders, newest first
CREATE INDEX orders_customer_email_created_at ON orders (customer_email, created_at DESC);

-- Idempotency-Key of POST /orders: the order the key created and a fingerprint of the request it came with.
CREATE TABLE idempotency_keys (
    key          text        PRIMARY KEY,
    order_id     text        NOT NULL,
    request_hash text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
