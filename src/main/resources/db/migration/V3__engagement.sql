-- One row per engagement, keyed by the id of its top-level process instance. The process holds
-- the flow; this row holds what the business asks about an engagement without reading history.
CREATE TABLE engagement (
    id               VARCHAR(64)  PRIMARY KEY,
    title            VARCHAR(120),
    job_category     VARCHAR(40),
    data_sensitivity VARCHAR(40),
    access_level     VARCHAR(40),
    requested_by     VARCHAR(255),
    liaison          VARCHAR(64),
    status           VARCHAR(40)  NOT NULL,
    status_reason    VARCHAR(1000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX engagement_status ON engagement (status);
