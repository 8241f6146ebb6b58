-- Events written by the service itself (the daily job) have no caller key.
ALTER TABLE register_case_event ALTER COLUMN created_by DROP NOT NULL;

-- Outbox: what happened, written in the same transaction as the change that caused it.
CREATE TABLE outbox_event (
    id            UUID PRIMARY KEY,
    type          VARCHAR(60)  NOT NULL,
    organization  VARCHAR(200) NOT NULL,
    case_id       UUID         NOT NULL REFERENCES register_case (id),
    dedupe_key    VARCHAR(200) NOT NULL UNIQUE,
    payload_json  VARCHAR      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A subscription receives its owner's organization's events; organization NULL (an admin's) receives all.
CREATE TABLE webhook_subscription (
    id            UUID PRIMARY KEY,
    url           VARCHAR(2000) NOT NULL,
    events        VARCHAR(400)  NOT NULL,
    secret        VARCHAR(200)  NOT NULL,
    organization  VARCHAR(200),
    created_by    UUID          NOT NULL REFERENCES api_key (id),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    active        BOOLEAN       NOT NULL
);

-- One delivery per event and subscription, created with the event; retried with backoff until delivered.
CREATE TABLE webhook_delivery (
    id               UUID PRIMARY KEY,
    outbox_id        UUID         NOT NULL REFERENCES outbox_event (id),
    subscription_id  UUID         NOT NULL REFERENCES webhook_subscription (id),
    status           VARCHAR(20)  NOT NULL,
    attempts         INTEGER      NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_status      INTEGER,
    last_error       VARCHAR(500),
    delivered_at     TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
