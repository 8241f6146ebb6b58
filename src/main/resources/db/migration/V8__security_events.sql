-- Contract §14: who did what, and when, to keys, clerk accounts, webhooks and rule sets, and every sign-in failure
-- and lock. Rows are only ever added.
CREATE TABLE security_event (
    id           UUID         PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    actor        VARCHAR(200) NOT NULL,
    actor_key    UUID,
    target       VARCHAR(200),
    detail       VARCHAR(1000),
    address      VARCHAR(64)
);
CREATE INDEX security_event_occurred ON security_event (occurred_at DESC, id DESC);
CREATE INDEX security_event_action ON security_event (action, occurred_at DESC);
