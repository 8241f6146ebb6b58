-- The case register: permit cases and regulation reviews share one shape. A case's facts are the domain's input
-- (JSON), rebuilt from the facts given at creation plus its events; outcome and key_date are kept for lists.
CREATE TABLE register_case (
    id                     UUID PRIMARY KEY,
    domain                 VARCHAR(40)  NOT NULL,
    version                BIGINT       NOT NULL,
    organization           VARCHAR(200) NOT NULL,
    title                  VARCHAR(300) NOT NULL,
    applicant              VARCHAR(300) NOT NULL,
    permitting_authority   VARCHAR(300) NOT NULL,
    initial_facts_json     VARCHAR      NOT NULL,
    facts_json             VARCHAR      NOT NULL,
    outcome                VARCHAR(40)  NOT NULL,
    key_date               DATE,
    evaluated_as_of        DATE         NOT NULL,
    evaluation_id          UUID         REFERENCES evaluation_record (id),
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX register_case_list ON register_case (domain, organization, outcome, key_date);

-- Append-only: events are never changed or removed.
CREATE TABLE register_case_event (
    id           UUID PRIMARY KEY,
    case_id      UUID         NOT NULL REFERENCES register_case (id),
    seq          INTEGER      NOT NULL,
    type         VARCHAR(40)  NOT NULL,
    event_date   DATE,
    days         INTEGER,
    note         VARCHAR(2000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   UUID         NOT NULL REFERENCES api_key (id),
    UNIQUE (case_id, seq)
);
