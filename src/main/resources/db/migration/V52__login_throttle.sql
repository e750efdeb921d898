-- Failed logins are counted per user name and client address (security.LoginAttempts): the pair
-- waits a growing delay, so nobody who merely knows a name can lock its owner out, and names that
-- do not exist are treated exactly like those that do. The per-user lockout table goes.
DROP TABLE login_attempt;

CREATE TABLE login_throttle (
    user_id        varchar(255) not null,
    client_address varchar(64)  not null,
    failures       integer      not null,
    last_failure   timestamp with time zone,
    blocked_until  timestamp with time zone,
    primary key (user_id, client_address)
);
