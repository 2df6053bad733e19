-- The billing run's timeout scan: CHARGING invoices by when their request was sent, so that finding those whose
-- result is overdue reads only them, not every invoice in flight (a million during a big run).
CREATE INDEX invoices_charging_since ON invoices (requested_at) WHERE status = 'CHARGING';
