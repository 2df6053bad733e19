-- Subscription billing, in billing-scheduler's own schema (billing). Money is integer minor units and an ISO-4217 code.

CREATE TABLE customers (
    id                   text        PRIMARY KEY,
    name                 text        NOT NULL,
    currency             char(3)     NOT NULL,
    -- who the payment provider charges
    provider_customer_id text        NOT NULL,
    created_at           timestamptz NOT NULL
);

-- status: PENDING (waiting for its run), CHARGING (a charge request is out), PAID, ERROR (failure_reason says why;
-- next_attempt_at when dunning will try again), NEEDS_REVIEW (money may have moved but the books disagree: never
-- charged again automatically).
CREATE TABLE invoices (
    id              text        PRIMARY KEY,
    customer_id     text        NOT NULL REFERENCES customers (id),
    amount          bigint      NOT NULL CHECK (amount > 0),
    currency        char(3)     NOT NULL,
    -- the month it bills, YYYY-MM; the run of that month charges it
    period          char(7)     NOT NULL,
    status          text        NOT NULL,
    failure_reason  text,
    charge_id       text,
    -- the run that charged it
    run_period      char(7),
    -- the provider Idempotency-Key of the charge in flight or last made: invoice/<id>/charge, then one per dunning step
    charge_key      text,
    dunning_attempt integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    requested_at    timestamptz,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);
CREATE INDEX invoices_by_period_status ON invoices (period, status, id);
CREATE INDEX invoices_by_run_status ON invoices (run_period, status);
CREATE INDEX invoices_by_customer ON invoices (customer_id, id);
CREATE INDEX invoices_by_status ON invoices (status, id);
CREATE INDEX invoices_due_for_dunning ON invoices (next_attempt_at) WHERE next_attempt_at IS NOT NULL;

-- Every charge outcome booked for an invoice, in the order booked: GET /invoices/{id}.
CREATE TABLE invoice_attempts (
    invoice_id      text        NOT NULL REFERENCES invoices (id),
    seq             integer     NOT NULL,
    request_id      text        NOT NULL,
    idempotency_key text        NOT NULL,
    -- CAPTURED, DECLINED, REJECTED or FAILED (payments.results' status)
    outcome         text        NOT NULL,
    reason          text,
    charge_id       text,
    requested_at    timestamptz,
    booked_at       timestamptz NOT NULL,
    PRIMARY KEY (invoice_id, seq)
);

-- One row a period: inserting it claims the run, once across every instance. The instance whose lease is current
-- sends the period's requests; another takes over when the lease runs out.
CREATE TABLE billing_runs (
    period        char(7)     PRIMARY KEY,
    -- RUNNING or COMPLETED
    status        text        NOT NULL,
    -- SCHEDULE, MANUAL or CATCH_UP
    started_by    text        NOT NULL,
    started_at    timestamptz NOT NULL,
    owner         text,
    lease_until   timestamptz,
    -- set once every PENDING invoice of the period has been sent
    fanned_out_at timestamptz,
    completed_at  timestamptz
);

-- POST /customers and POST /invoices with an Idempotency-Key: the first answer, replayed for the same request.
CREATE TABLE idempotency_keys (
    key          text        PRIMARY KEY,
    request_hash text        NOT NULL,
    status       integer     NOT NULL,
    location     text,
    body         text        NOT NULL,
    created_at   timestamptz NOT NULL
);

-- Where each consumer group of billing-scheduler is in its topic, written in the transaction that books the records
-- read before it (as order-api's consumer_offsets).
CREATE TABLE consumer_offsets (
    consumer_group text    NOT NULL,
    topic          text    NOT NULL,
    partition      integer NOT NULL,
    next_offset    bigint  NOT NULL,
    PRIMARY KEY (consumer_group, topic, partition)
);
