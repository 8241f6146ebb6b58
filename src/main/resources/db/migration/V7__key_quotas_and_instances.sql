-- A key's own quota (contract §9): requests a minute; null = checker.rate-limit.key-requests-per-minute.
ALTER TABLE api_key ADD COLUMN requests_per_minute INTEGER;

-- The rule-set version every instance should serve (contract §9): one row, moved by each reload.
CREATE TABLE rule_set_desired (
    id           INTEGER      PRIMARY KEY,
    version      VARCHAR(80)  NOT NULL REFERENCES rule_set_version (version),
    set_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    set_by       VARCHAR(100) NOT NULL
);

-- Each instance's report of what it serves, refreshed every few seconds; an instance that cannot compile the
-- desired version says why in adopt_error.
CREATE TABLE service_instance (
    instance      VARCHAR(100) PRIMARY KEY,
    version       VARCHAR(80)  NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    seen_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    adopt_error   VARCHAR(2000)
);
