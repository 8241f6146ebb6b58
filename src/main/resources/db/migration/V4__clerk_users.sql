-- People who sign in to the clerk pages: a bcrypt hash of the password, never the password.
CREATE TABLE clerk_user (
    id             UUID PRIMARY KEY,
    username       VARCHAR(100) NOT NULL UNIQUE,
    password_hash  VARCHAR(100) NOT NULL,
    organization   VARCHAR(200) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    disabled_at    TIMESTAMP WITH TIME ZONE
);
