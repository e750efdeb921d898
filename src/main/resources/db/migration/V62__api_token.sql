-- Personal API tokens (security.ApiTokens): a script sends "Authorization: Bearer <token>"
-- instead of a password. Only the SHA-256 of the token's secret is kept; the id is the
-- public part of the token that finds its row. Revoked and expired tokens stay, for the
-- record; they never authenticate again.
CREATE TABLE api_token (
    id           varchar(32)  not null primary key,
    user_id      varchar(255) not null,
    name         varchar(100) not null,
    secret_hash  varchar(64)  not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    revoked_by   varchar(255)
);

CREATE INDEX api_token_user ON api_token (user_id);
