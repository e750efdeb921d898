-- The audit trail: one global hash chain. Each entry's hash covers its own canonical form and the
-- hash of the entry before it, so editing or deleting a row breaks every later link. The chain
-- head holds the number of entries and the last hash: it is the row writers lock to append one at
-- a time (no fork), and it is what reveals rows deleted from the end, which no later link covers.
CREATE TABLE audit_entry (
    sequence               BIGINT       PRIMARY KEY,
    engagement_id          VARCHAR(64),
    recorded_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    entry_type             VARCHAR(40)  NOT NULL,
    actor                  VARCHAR(255) NOT NULL,
    process_instance_id    VARCHAR(64),
    process_definition_key VARCHAR(255),
    activity_id            VARCHAR(255),
    activity_name          VARCHAR(255),
    details                TEXT         NOT NULL,
    previous_hash          CHAR(64)     NOT NULL,
    hash                   CHAR(64)     NOT NULL
);
CREATE INDEX audit_entry_engagement ON audit_entry (engagement_id, sequence);
CREATE INDEX audit_entry_type_time ON audit_entry (entry_type, recorded_at);

CREATE TABLE audit_chain_head (
    id          INT      PRIMARY KEY,
    entry_count BIGINT   NOT NULL,
    last_hash   CHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, entry_count, last_hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
