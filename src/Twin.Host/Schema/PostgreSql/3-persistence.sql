-- Grain state for Orleans' ADO.NET grain storage, as the twin keeps it. Needs 1-main.sql and
-- PostgreSQL 15 or later (for NULLS NOT DISTINCT).
--
-- One row per grain and state name, keyed by the service id too, so two services can share a
-- database. The twin's grains have string keys, held in grain_id_extension. The version is the
-- row's ETag: each write must name the version it read, so two writers of one grain cannot
-- both win; a write or clear that changes no row returns nothing, which the provider reports
-- as a version conflict.

CREATE TABLE IF NOT EXISTS twin_grain_state (
    service_id text NOT NULL,
    grain_type text NOT NULL,
    grain_id_n0 bigint NOT NULL,
    grain_id_n1 bigint NOT NULL,
    grain_id_extension text NULL,
    payload bytea NULL,
    version integer NOT NULL,
    modified_on timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT twin_grain_state_key
        UNIQUE NULLS NOT DISTINCT (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

('ReadFromStorageKey', $$
    SELECT payload AS "PayloadBinary", version AS "Version"
    FROM twin_grain_state
    WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
      AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
      AND grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString;
$$),

-- A first write (no version yet) inserts; a later one updates the row of the version it read.
('WriteToStorageKey', $$
    WITH updated AS (
        UPDATE twin_grain_state
        SET payload = @PayloadBinary, version = version + 1, modified_on = now()
        WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
          AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
          AND grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString
          AND version = @GrainStateVersion
        RETURNING version),
    inserted AS (
        INSERT INTO twin_grain_state
            (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension, payload, version)
        SELECT @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, @GrainIdExtensionString,
            @PayloadBinary, 1
        WHERE @GrainStateVersion IS NULL
        ON CONFLICT DO NOTHING
        RETURNING version)
    SELECT version AS "NewGrainStateVersion" FROM updated
    UNION ALL
    SELECT version FROM inserted;
$$),

-- Clearing keeps the row, without its payload, at a new version.
('ClearStorageKey', $$
    UPDATE twin_grain_state
    SET payload = NULL, version = version + 1, modified_on = now()
    WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
      AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
      AND grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString
      AND version = @GrainStateVersion
    RETURNING version AS "NewGrainStateVersion";
$$)

ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
