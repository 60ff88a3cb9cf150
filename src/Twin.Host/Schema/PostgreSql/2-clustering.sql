-- Cluster membership for Orleans' ADO.NET clustering provider, as the twin keeps it. Needs
-- 1-main.sql. The provider checks at silo start that every key below exists; a missing one
-- stops the silo ("Not all required queries found").
--
-- A deployment (the cluster id) has one version row; every change of membership must name the
-- version it read and moves it on by one, so two silos changing membership at once cannot both
-- succeed. Reads return the version row joined with the silo rows, the version first.
-- Times are timestamptz: Npgsql sends the provider's UTC times as such.

CREATE TABLE IF NOT EXISTS twin_membership_version (
    deployment_id varchar(150) NOT NULL PRIMARY KEY,
    version integer NOT NULL DEFAULT 0,
    changed_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS twin_membership (
    deployment_id varchar(150) NOT NULL REFERENCES twin_membership_version (deployment_id),
    address varchar(45) NOT NULL,
    port integer NOT NULL,
    generation integer NOT NULL,
    silo_name varchar(150) NOT NULL,
    host_name varchar(150) NOT NULL,
    status integer NOT NULL,
    proxy_port integer NOT NULL,
    suspect_times text NULL,
    start_time timestamptz NOT NULL,
    i_am_alive_time timestamptz NOT NULL,
    PRIMARY KEY (deployment_id, address, port, generation)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

-- Returns one row: 1 when this call created the deployment's version row, 0 when it existed.
('InsertMembershipVersionKey', $$
    WITH created AS (
        INSERT INTO twin_membership_version (deployment_id) VALUES (@DeploymentId)
        ON CONFLICT DO NOTHING
        RETURNING 1)
    SELECT count(*) FROM created;
$$),

-- Adds a silo if the version is still the one read and the silo is not there yet; 1 or 0.
('InsertMembershipKey', $$
    WITH moved AS (
        UPDATE twin_membership_version
        SET version = version + 1, changed_at = now()
        WHERE deployment_id = @DeploymentId AND version = @Version
          AND NOT EXISTS (
              SELECT 1 FROM twin_membership
              WHERE deployment_id = @DeploymentId AND address = @Address
                AND port = @Port AND generation = @Generation)
        RETURNING deployment_id),
    added AS (
        INSERT INTO twin_membership (deployment_id, address, port, generation, silo_name, host_name,
            status, proxy_port, start_time, i_am_alive_time)
        SELECT deployment_id, @Address, @Port, @Generation, @SiloName, @HostName,
            @Status, @ProxyPort, @StartTime, @IAmAliveTime
        FROM moved
        RETURNING 1)
    SELECT count(*) FROM added;
$$),

-- Changes a silo's status and suspicions if the version is still the one read; 1 or 0.
('UpdateMembershipKey', $$
    WITH moved AS (
        UPDATE twin_membership_version
        SET version = version + 1, changed_at = now()
        WHERE deployment_id = @DeploymentId AND version = @Version
          AND EXISTS (
              SELECT 1 FROM twin_membership
              WHERE deployment_id = @DeploymentId AND address = @Address
                AND port = @Port AND generation = @Generation)
        RETURNING deployment_id),
    changed AS (
        UPDATE twin_membership AS m
        SET status = @Status, suspect_times = @SuspectTimes, i_am_alive_time = @IAmAliveTime
        FROM moved
        WHERE m.deployment_id = moved.deployment_id AND m.address = @Address
          AND m.port = @Port AND m.generation = @Generation
        RETURNING 1)
    SELECT count(*) FROM changed;
$$),

-- A heartbeat: not a change of membership, so the version stays.
('UpdateIAmAlivetimeKey', $$
    UPDATE twin_membership
    SET i_am_alive_time = @IAmAliveTime
    WHERE deployment_id = @DeploymentId AND address = @Address
      AND port = @Port AND generation = @Generation;
$$),

('MembershipReadRowKey', $$
    SELECT v.version AS "Version", m.address AS "Address", m.port AS "Port",
        m.generation AS "Generation", m.silo_name AS "SiloName", m.host_name AS "HostName",
        m.status AS "Status", m.proxy_port AS "ProxyPort", m.suspect_times AS "SuspectTimes",
        m.start_time AS "StartTime", m.i_am_alive_time AS "IAmAliveTime"
    FROM twin_membership_version AS v
    LEFT JOIN twin_membership AS m
        ON m.deployment_id = v.deployment_id AND m.address = @Address
        AND m.port = @Port AND m.generation = @Generation
    WHERE v.deployment_id = @DeploymentId;
$$),

('MembershipReadAllKey', $$
    SELECT v.version AS "Version", m.address AS "Address", m.port AS "Port",
        m.generation AS "Generation", m.silo_name AS "SiloName", m.host_name AS "HostName",
        m.status AS "Status", m.proxy_port AS "ProxyPort", m.suspect_times AS "SuspectTimes",
        m.start_time AS "StartTime", m.i_am_alive_time AS "IAmAliveTime"
    FROM twin_membership_version AS v
    LEFT JOIN twin_membership AS m ON m.deployment_id = v.deployment_id
    WHERE v.deployment_id = @DeploymentId;
$$),

-- Gateways of active silos (the provider asks with @Status = 3, active), for clients.
('GatewaysQueryKey', $$
    SELECT address AS "Address", proxy_port AS "ProxyPort", generation AS "Generation"
    FROM twin_membership
    WHERE deployment_id = @DeploymentId AND status = @Status AND proxy_port > 0;
$$),

('DeleteMembershipTableEntriesKey', $$
    DELETE FROM twin_membership WHERE deployment_id = @DeploymentId;
    DELETE FROM twin_membership_version WHERE deployment_id = @DeploymentId;
$$),

-- Forgets silos declared dead (status 6) whose last heartbeat is older than the cut-off.
('CleanupDefunctSiloEntriesKey', $$
    DELETE FROM twin_membership
    WHERE deployment_id = @DeploymentId AND status = 6 AND i_am_alive_time < @IAmAliveTime;
$$)

ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
