-- Rule-set archive (contract §8.1). A file's bytes are kept once by their SHA-256, however many versions hold it.
CREATE TABLE rule_file_content (
    sha256   VARCHAR(64) PRIMARY KEY,
    content  BYTEA       NOT NULL
);

-- Each version once; never changed or deleted by the service (first_in_service_at is set once, when a candidate
-- is later put in service). loaded_by_*: the admin whose reload first put it in service; null for a start.
CREATE TABLE rule_set_version (
    version                 VARCHAR(80)  PRIMARY KEY,
    archived_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    first_in_service_at     TIMESTAMP WITH TIME ZONE,
    loaded_by_key_id        UUID REFERENCES api_key (id),
    loaded_by_organization  VARCHAR(200),
    file_count              INTEGER      NOT NULL
);

CREATE TABLE rule_set_file (
    version   VARCHAR(80)  NOT NULL REFERENCES rule_set_version (version),
    path      VARCHAR(500) NOT NULL,
    sha256    VARCHAR(64)  NOT NULL REFERENCES rule_file_content (sha256),
    bytes     INTEGER      NOT NULL,
    PRIMARY KEY (version, path)
);

-- Every time a version was put in service: at a start (no key) or by an admin's reload.
CREATE TABLE rule_set_activation (
    id            UUID PRIMARY KEY,
    version       VARCHAR(80)  NOT NULL REFERENCES rule_set_version (version),
    activated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    key_id        UUID REFERENCES api_key (id),
    organization  VARCHAR(200)
);
CREATE INDEX rule_set_activation_time ON rule_set_activation (activated_at);

-- The version a case was last judged on: a reload re-judges the open cases judged on another (contract §8.5).
ALTER TABLE register_case ADD COLUMN rule_set_version VARCHAR(80);

-- The language an evaluation was answered in, so that a replay renders its explanation the same way.
ALTER TABLE evaluation_record ADD COLUMN language VARCHAR(2);

-- Clerk accounts may be rule authors: role ADMIN signs in to /admin/rules.
ALTER TABLE clerk_user ADD COLUMN role VARCHAR(20) DEFAULT 'CLERK' NOT NULL;

-- Simulations (contract §8.4): one row each, its summary kept as it runs; one row per judged item.
CREATE TABLE simulation (
    id                   UUID PRIMARY KEY,
    status               VARCHAR(20)  NOT NULL,
    base_version         VARCHAR(80)  NOT NULL REFERENCES rule_set_version (version),
    candidate_version    VARCHAR(80)  NOT NULL REFERENCES rule_set_version (version),
    changed_files        VARCHAR      NOT NULL,
    scope_json           VARCHAR      NOT NULL,
    judged_as_of         DATE         NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by_key_id    UUID         NOT NULL REFERENCES api_key (id),
    finished_at          TIMESTAMP WITH TIME ZONE,
    heartbeat_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    progress_done        INTEGER      NOT NULL,
    progress_total       INTEGER      NOT NULL,
    evaluated            INTEGER      NOT NULL,
    changed              INTEGER      NOT NULL,
    summary_json         VARCHAR      NOT NULL,
    failure              VARCHAR(2000)
);
CREATE INDEX simulation_created ON simulation (created_at);

CREATE TABLE simulation_item (
    simulation_id       UUID         NOT NULL REFERENCES simulation (id),
    seq                 INTEGER      NOT NULL,
    source              VARCHAR(20)  NOT NULL,
    ref                 VARCHAR(500) NOT NULL,
    domain              VARCHAR(40)  NOT NULL,
    organization        VARCHAR(200),
    title               VARCHAR(300),
    base_outcome        VARCHAR(40)  NOT NULL,
    candidate_outcome   VARCHAR(40)  NOT NULL,
    changed             BOOLEAN      NOT NULL,
    changes_json        VARCHAR      NOT NULL,
    PRIMARY KEY (simulation_id, seq)
);
CREATE INDEX simulation_item_changed ON simulation_item (simulation_id, changed, domain, seq);
