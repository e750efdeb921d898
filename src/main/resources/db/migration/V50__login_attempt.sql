-- Failed logins per user, for the lockout after repeated failures (security.LoginAttempts).
create table login_attempt (
    user_id      varchar(255) not null primary key,
    failures     integer      not null,
    last_failure timestamp,
    locked_until timestamp
);
