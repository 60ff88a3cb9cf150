namespace Twin.Topology.Tests;

/// <summary>
/// What each file of Corpus/Malformed must report. Every file is mini-park.yaml with one
/// defect; lines 1 and 2 are its comment, so the template's other line numbers still hold.
/// Nodes are reported at their first line, parameters at their value, connections and
/// overlay entries at their own line.
/// </summary>
public static class MalformedCorpus
{
    public static IReadOnlyList<MalformedCase> Cases { get; } =
    [
        // The file and the park's own keys.
        new("yaml-syntax-error.yaml", 4, "file", "YAML syntax"),
        new("duplicate-yaml-key.yaml", 39, "file", "YAML syntax: Duplicate key capacity"),
        new("list-as-key.yaml", 39, "file", "a key must be a plain name"),
        new("unknown-top-level-key.yaml", 2, "park", "unknown key 'operator'"),
        new("bad-year.yaml", 6, "park", "year '20x0' is not a year"),
        new("horizon-step-week.yaml", 7, "park", "horizon step 'week' must be day or hour"),
        new("economy-wrong-unit.yaml", 8, "park",
            "'value_added' = '10 亿元' must be a positive MoneyRate"),
        new("fuel-not-a-fuel.yaml", 2, "fuel 'steam'", "is not a fuel carrier"),
        new("profile-eleven-months.yaml", 15, "profile 'heating'",
            "must hold twelve numbers, one per month, not 11"),
        new("profile-unknown-source.yaml", 18, "profile 'heating'", "unknown source 'tset'"),

        // Nodes: kinds, units, parameters, settings, sources.
        new("unknown-kind.yaml", 35, "node 'works'", "unknown kind 'water-work'"),
        new("unknown-unit.yaml", 39, "node 'works'", "unknown unit 'm3/day'"),
        new("wrong-dimension.yaml", 63, "node 'wwtp'",
            "'5 MW' is Power (GJ/h), expected MassRate (t/h)"),
        new("number-without-unit.yaml", 39, "node 'works'",
            "'50000' has no unit: write it in MassRate (t/h)"),
        new("missing-required-parameter.yaml", 59, "node 'wwtp'",
            "missing required parameter 'capacity' (design inflow)"),
        new("zero-capacity.yaml", 63, "node 'wwtp'", "'capacity' = '0 m3/d' must be greater than zero"),
        new("negative-capacity.yaml", 39, "node 'works'",
            "'capacity' = '-50000 m3/d' must be greater than zero"),
        new("negative-water-use.yaml", 45, "node 'factory'",
            "'water_use' = '-3 Mt/yr' must not be negative"),
        new("unknown-parameter.yaml", 39, "node 'works'",
            "unknown parameter 'pressure' for a water-works"),
        new("fraction-above-limit.yaml", 59, "node 'chp'",
            "'stack_loss' = '80 %' exceeds its upper limit 0.5"),
        new("bad-water-quality.yaml", 49, "node 'chp'",
            "water_quality 'drinking' is not one of potable, process, cooling"),
        new("parameter-without-source.yaml", 39, "node 'works'", "parameter 'capacity' has no source"),
        new("unknown-source-key.yaml", 38, "node 'works'", "unknown source 'tset'"),
        new("unknown-profile.yaml", 26, "node 'city'", "unknown profile 'heatng'"),
        new("duplicate-node-id.yaml", 26, "node 'sea'", "duplicate id: first declared at line 21"),

        // Connections and the carriers they carry.
        new("unknown-carrier.yaml", 70, "connection reservoir -> works",
            "unknown carrier 'raw-waters'"),
        new("connection-from-unknown-node.yaml", 70, "connection reservoirs -> works",
            "unknown node 'reservoirs'"),
        new("connection-to-unknown-node.yaml", 71, "connection works -> factories",
            "unknown node 'factories'"),
        new("connection-without-carrier.yaml", 78, "connection", "missing 'carrier'"),
        new("connection-priority-zero.yaml", 71, "connection works -> factory",
            "priority '0' must be a whole number from 1"),
        new("duplicate-connection.yaml", 72, "connection works -> factory",
            "duplicate connection for fresh-water"),
        new("self-connection.yaml", 107, "connection wwtp -> wwtp", "a node cannot connect to itself"),
        new("shares-above-100-percent.yaml", 85, "node 'factory'",
            "shares of scrap-metal add up to more than 100 %"),
        new("carrier-node-cannot-take.yaml", 104, "node 'factory'",
            "cannot take reclaimed-water: its water_quality 'potable'"),
        new("carrier-node-cannot-give.yaml", 73, "node 'works'", "cannot give brine"),
        new("output-with-nowhere-to-go.yaml", 40, "node 'factory'",
            "produces wastewater but has no wastewater connection"),

        // Reach: every node must be fed by and drain to the world outside.
        new("node-without-connections.yaml", 69, "node 'laundry'", "is cut off: it has no connections"),
        new("outputs-reach-no-boundary.yaml", 69, "node 'laundry'", "is cut off from every sink"),
        new("fed-by-no-boundary.yaml", 69, "node 'laundry'", "is cut off from every source"),

        // Coefficients that would create water or energy.
        new("enterprise-wastewater-above-water-use.yaml", 40, "node 'factory'",
            "wastewater + sewage + water_in_products exceed water_use"),
        new("chp-coal-rate-below-minimum.yaml", 49, "node 'chp'",
            "power_coal_rate 100 gce/kWh gives less coal energy than the electricity sent out"),
        new("chp-generation-above-capacity.yaml", 49, "node 'chp'",
            "generation exceeds electrical_capacity"),

        // 0.8 % S x 85 % burnt x 64.07 / 32.06 = 0.013589 t SO2 per t coal.
        new("chp-so2-above-sulphur.yaml", 49, "node 'chp'",
            "so2_factor 20 kg/t exceeds the SO2 its sulphur can form (13.59 kg/t)"),

        // w_min = 2.7526 MPa / 0.45 x ln(1 / 0.55) / 3.6 = 1.016 kWh/m3 at the default 45 % recovery.
        new("swro-energy-below-minimum.yaml", 69, "node 'desal'",
            "0.8 kWh/m3 is below the thermodynamic minimum 1.02 kWh/m3"),

        // Scenario overlays, written inline after the template's last line (111).
        new("overlay-changes-unknown-node.yaml", 115, "scenario 'bigger-boiler'",
            "changes node 'boiler', which does not exist in its base"),
        new("overlay-removes-unknown-connection.yaml", 114, "scenario 'no-reuse'",
            "removes connection reclaim->factory:reclaimed-water, which does not exist"),
        new("overlay-removes-unknown-node.yaml", 113, "scenario 'no-boiler'",
            "removes node 'boiler', which does not exist in its base"),
        new("overlay-adds-existing-node.yaml", 114, "scenario 'second-wwtp'",
            "adds node 'wwtp', which already exists"),
        new("overlay-connects-unknown-node.yaml", 114, "connection chp -> port", "unknown node 'port'"),
        new("overlay-removes-unknown-parameter.yaml", 114, "scenario 'no-scrap'",
            "removes parameter 'scrap' of node 'factory', which it does not have"),
        new("overlay-change-unknown-source.yaml", 114, "node 'works'", "unknown source 'tset'"),
        new("overlay-horizon-without-year.yaml", 113, "scenario 'hourly-again'",
            "a horizon needs the scenario's year next to it"),
        new("overlay-setting-not-a-word.yaml", 114, "node 'chp'",
            "setting 'water_quality' must be a single word"),
        new("unknown-base-scenario.yaml", 112, "scenario 'hourly-2023'",
            "unknown base scenario 'hourli'"),
        new("scenario-bases-cycle.yaml", 112, "scenario 'a'", "its bases form a cycle"),
        new("duplicate-scenario.yaml", 112, "scenario 'hourly'", "declared twice"),
    ];

    /// <summary>The cases as xunit member data: file, line, subject, fragment.</summary>
    public static TheoryData<string, int, string, string> Rows()
    {
        var rows = new TheoryData<string, int, string, string>();
        foreach (var row in Cases)
        {
            rows.Add(row.File, row.Line, row.Subject, row.Fragment);
        }

        return rows;
    }
}
