-- The embedded default's grain store: one SQLite file that Orleans' ADO.NET grain storage reads
-- and writes through Microsoft.Data.Sqlite (invariant "System.Data.SQLite"). The host runs this
-- script at every start, before its silo starts, so each statement may run again without harm.

-- Write-ahead logging lets readers go on while a run's results are written, and is kept in the
-- file, so every later connection uses it too.
PRAGMA journal_mode = WAL;

-- The provider looks its queries up here by key when the silo starts.
CREATE TABLE IF NOT EXISTS OrleansQuery (
    QueryKey TEXT NOT NULL PRIMARY KEY,
    QueryText TEXT NOT NULL
);

-- One row per grain and state name. The twin's grains have string keys, held in
-- grain_id_extension; numeric keys would use the two integer columns. The version is the row's
-- ETag: each write must name the version it read, so two writers of one grain cannot both win.
CREATE TABLE IF NOT EXISTS twin_grain_state (
    service_id TEXT NOT NULL,
    grain_type TEXT NOT NULL,
    grain_id_n0 INTEGER NOT NULL,
    grain_id_n1 INTEGER NOT NULL,
    grain_id_extension TEXT NULL,
    payload BLOB NULL,
    version INTEGER NOT NULL,
    modified_on TEXT NOT NULL
);

CREATE UNIQUE INDEX IF NOT EXISTS twin_grain_state_key
    ON twin_grain_state (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension);

-- Query texts hold no quotes, so that they read the same here as in the provider's logs.
-- "IS" compares NULL with NULL as equal in SQLite.
INSERT OR REPLACE INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadFromStorageKey', '
    SELECT payload AS PayloadBinary, version AS Version
    FROM twin_grain_state
    WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
      AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
      AND grain_id_extension IS @GrainIdExtensionString;
');

-- A first write (no version yet) inserts; a later one updates the row of the version it read.
-- Each statement returns the new version when it changed a row; no row back means a conflict.
INSERT OR REPLACE INTO OrleansQuery (QueryKey, QueryText) VALUES ('WriteToStorageKey', '
    UPDATE twin_grain_state
    SET payload = @PayloadBinary, version = version + 1, modified_on = CURRENT_TIMESTAMP
    WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
      AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
      AND grain_id_extension IS @GrainIdExtensionString
      AND version = @GrainStateVersion
    RETURNING version AS NewGrainStateVersion;

    INSERT INTO twin_grain_state
        (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension, payload, version, modified_on)
    SELECT @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, @GrainIdExtensionString, @PayloadBinary, 1,
        CURRENT_TIMESTAMP
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT DO NOTHING
    RETURNING version AS NewGrainStateVersion;
');

-- Clearing keeps the row, without its payload, at a new version.
INSERT OR REPLACE INTO OrleansQuery (QueryKey, QueryText) VALUES ('ClearStorageKey', '
    UPDATE twin_grain_state
    SET payload = NULL, version = version + 1, modified_on = CURRENT_TIMESTAMP
    WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
      AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
      AND grain_id_extension IS @GrainIdExtensionString
      AND version = @GrainStateVersion
    RETURNING version AS NewGrainStateVersion;
');
