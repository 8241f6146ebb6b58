-- Contract §17: the first answer to a request sent with an Idempotency-Key, per caller, kept until expires_at.
-- state RUNNING while the first request is being answered, DONE once its answer is kept (a 5xx is never kept: its
-- row is removed). request_hash: SHA-256 of method, path with query, and body.
CREATE TABLE idempotency_key (
    caller         VARCHAR(100)  NOT NULL,
    idem_key       VARCHAR(255)  NOT NULL,
    request_hash   VARCHAR(64)   NOT NULL,
    state          VARCHAR(10)   NOT NULL,
    status         INTEGER,
    location       VARCHAR(2000),
    etag           VARCHAR(200),
    content_type   VARCHAR(200),
    body           VARCHAR,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (caller, idem_key)
);
CREATE INDEX idempotency_key_expiry ON idempotency_key (expires_at);

-- The applicant as the one-statute check compares it (lower case), indexed: an import of thousands of cases must not
-- scan the organization's register for each one.
ALTER TABLE register_case ADD COLUMN applicant_key VARCHAR(300);
UPDATE register_case SET applicant_key = LOWER(applicant);
CREATE INDEX register_case_applicant ON register_case (domain, organization, applicant_key);

-- Contract §17: the partner's own reference for a case, unique per organization and register (domain).
ALTER TABLE register_case ADD COLUMN external_reference VARCHAR(100);
CREATE UNIQUE INDEX register_case_reference ON register_case (domain, organization, external_reference);
