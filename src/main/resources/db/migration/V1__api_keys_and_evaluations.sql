-- API keys: only a SHA-256 of the key is kept; the key itself is shown once, at creation.
CREATE TABLE api_key (
    id            UUID PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    organization  VARCHAR(200) NOT NULL,
    key_hash      VARCHAR(64)  NOT NULL UNIQUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at    TIMESTAMP WITH TIME ZONE
);

-- Audit: every evaluation by an authenticated caller, as it was answered. Never updated.
CREATE TABLE evaluation_record (
    id                 UUID PRIMARY KEY,
    domain             VARCHAR(40)  NOT NULL,
    as_of              DATE         NOT NULL,
    outcome            VARCHAR(40)  NOT NULL,
    rule_set_version   VARCHAR(80)  NOT NULL,
    caller_key_id      UUID         NOT NULL REFERENCES api_key (id),
    organization       VARCHAR(200) NOT NULL,
    input_json         VARCHAR      NOT NULL,
    output_json        VARCHAR      NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX evaluation_record_org ON evaluation_record (organization, created_at);
