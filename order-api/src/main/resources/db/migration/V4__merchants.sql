-- Merchants as projected from the compacted merchants topic: the latest version of each. The API key is kept only
-- as its SHA-256 (hex); a request's key is looked up by that hash.
CREATE TABLE merchants (
    id               text        PRIMARY KEY,
    legal_name       text        NOT NULL,
    country          text        NOT NULL,
    address_line1    text        NOT NULL,
    address_line2    text,
    postal_code      text        NOT NULL,
    city             text        NOT NULL,
    payout_holder    text        NOT NULL,
    payout_iban      text        NOT NULL,
    fee_basis_points integer     NOT NULL,
    api_key_hash     text        NOT NULL,
    -- the projection never replaces a row with an older version
    version          bigint      NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL
);
CREATE INDEX merchants_api_key_hash ON merchants (api_key_hash);

-- The version a change request is about to produce, one writer per version: two concurrent PATCHes of one
-- merchant cannot both produce the same next version (a lost update); a claim older than its lease is abandoned.
CREATE TABLE merchant_claims (
    merchant_id text        PRIMARY KEY,
    version     bigint      NOT NULL,
    claimed_at  timestamptz NOT NULL
);

-- The merchant an order belongs to (null: the platform's own shop); every read of an order is scoped by it.
ALTER TABLE orders ADD COLUMN merchant_id text;
DROP INDEX orders_by_customer;
CREATE INDEX orders_by_merchant_customer ON orders (merchant_id, lower(customer_email), created_at DESC, id DESC);

-- The payout of every shipment of a merchant's order, from the orders' snapshots: GET /merchants/{id}/payouts.
CREATE TABLE payouts (
    payout_id     text        PRIMARY KEY,
    merchant_id   text        NOT NULL,
    order_id      text        NOT NULL,
    shipment_id   text        NOT NULL,
    amount        bigint      NOT NULL,
    fee           bigint      NOT NULL,
    currency      text        NOT NULL,
    status        text        NOT NULL,
    provider_id   text,
    -- the order's version the row was written from; an older snapshot never moves it back
    order_version bigint      NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE INDEX payouts_by_merchant ON payouts (merchant_id, payout_id);

-- The merchant that sent a command (null: the shop): GET /commands/{id} answers only its sender.
ALTER TABLE commands ADD COLUMN merchant_id text;
