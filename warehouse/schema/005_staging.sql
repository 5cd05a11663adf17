-- Scale-out: workers stage their results as Parquet batches, one loader merges them.

-- In a worker's spool warehouse: what of each row was already staged, so each batch
-- carries only rows that are new or changed (key = hash of the primary key).
CREATE TABLE staged_rows (
    table_name  TEXT NOT NULL,
    row_key     UBIGINT NOT NULL,
    row_hash    UBIGINT,                    -- NULL for tables whose rows never change
    PRIMARY KEY (table_name, row_key)
);

-- In the warehouse: the batches merged so far, so a batch loaded twice adds nothing.
CREATE TABLE staged_batches (
    batch_id   TEXT PRIMARY KEY,
    grp        TEXT NOT NULL,               -- the source group (tag) that staged it
    rows       BIGINT NOT NULL,
    staged_at  TIMESTAMPTZ NOT NULL,
    loaded_at  TIMESTAMPTZ NOT NULL
);
