-- The invoice numbers merchants give their shipments, unique per merchant: the shipment a number belongs to. Claimed
-- by POST /orders/{id}/shipments before its notice is sent, released when the order-processor refuses the notice.
CREATE TABLE invoice_numbers (
    merchant_id    text        NOT NULL,
    invoice_number text        NOT NULL,
    order_id       text        NOT NULL,
    shipment_id    text        NOT NULL,
    claimed_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (merchant_id, invoice_number)
);
