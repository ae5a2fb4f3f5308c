-- The run lock is judged on the database's own clock (CURRENT_TIMESTAMP), so that machines sharing the database
-- agree on when a lock's heartbeat is stale whatever their own clocks say: the moments become absolute (WITH TIME
-- ZONE). The table only ever holds the lock of a run in progress; a run that starts after this migration takes it anew.
DROP TABLE run_lock;
CREATE TABLE run_lock (
    name         VARCHAR(40)              NOT NULL PRIMARY KEY,
    holder       VARCHAR(200)             NOT NULL,
    acquired_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL
);
