using Twin.Domain.Units;

namespace Twin.Domain.Processes;

/// <summary>
/// What burning coal leaves behind, per t of coal: SO2 formed from its sulphur
/// (2 S x conversion, since SO2 weighs 64.07/32.06 = 1.998 times its sulphur), of which the
/// part not emitted is captured as FGD gypsum (CaSO4.2H2O, 172.17/64.07 = 2.687 t per t SO2);
/// ash split into fly ash and slag, of which the emitted dust is the uncollected fly ash;
/// NOx formed and emitted; CO2 at the fuel's factor.
/// </summary>
public static class CoalFiring
{
    public const double So2PerSulphur = 64.07 / 32.06;
    public const double GypsumPerSo2 = 172.17 / 64.07;

    public static IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Optional("sulphur_content", Dimension.Fraction, "sulphur in coal, as received",
            "0.8 %", "typical Chinese thermal coal 0.5-1.0 % S", positive: true, max: 0.1),
        ParameterSpec.Optional("sulphur_conversion", Dimension.Fraction, "share of sulphur burnt to SO2",
            "85 %", "0.8-0.9 in the SO2 formula of the Chinese emission statistics", positive: true, max: 1),
        ParameterSpec.Optional("ash_content", Dimension.Fraction, "ash in coal, as received",
            "15 %", "typical Chinese thermal coal 10-25 % ash", positive: true, max: 0.6),
        ParameterSpec.Optional("fly_ash_share", Dimension.Fraction, "share of ash leaving as fly ash",
            "80 %", "US EPA AP-42 section 1.1: about 80 % for dry-bottom pulverised-coal boilers",
            max: 1),
        ParameterSpec.Optional("so2_factor", Dimension.MassRatio, "SO2 emitted per t coal",
            "0.35 kg/t", "ultra-low emission limit 35 mg/Nm3 x about 10,000 Nm3 flue gas per t coal"),
        ParameterSpec.Optional("nox_factor", Dimension.MassRatio, "NOx emitted per t coal",
            "0.5 kg/t", "ultra-low emission limit 50 mg/Nm3 x about 10,000 Nm3 flue gas per t coal"),
        ParameterSpec.Optional("dust_factor", Dimension.MassRatio, "dust emitted per t coal",
            "0.1 kg/t", "ultra-low emission limit 10 mg/Nm3 x about 10,000 Nm3 flue gas per t coal"),
        ParameterSpec.Optional("vocs_factor", Dimension.MassRatio, "VOCs emitted per t coal",
            "0 kg/t", "none unless stated"),
    ];

    public static IEnumerable<string> Check(IReadOnlyDictionary<string, double> v)
    {
        var formed = v["sulphur_content"] * v["sulphur_conversion"] * So2PerSulphur;
        if (v["so2_factor"] > formed)
        {
            yield return $"so2_factor {v["so2_factor"] * 1000:G4} kg/t exceeds the SO2 its sulphur "
                + $"can form ({formed * 1000:G4} kg/t): outputs above inputs";
        }

        var flyAsh = v["ash_content"] * v["fly_ash_share"];
        if (v["dust_factor"] > flyAsh)
        {
            yield return $"dust_factor exceeds the fly ash its ash can form: outputs above inputs";
        }
    }

    public static IEnumerable<string> Outputs(IReadOnlyDictionary<string, double> v) =>
        v.TryGetValue("vocs_factor", out var vocs) && vocs > 0
            ? ["so2", "nox", "dust", "co2", "fly-ash", "slag", "gypsum", "vocs"]
            : ["so2", "nox", "dust", "co2", "fly-ash", "slag", "gypsum"];

    /// <summary>Creates the residues of <paramref name="coal"/> t per step and sends them out.</summary>
    public static void Burn(NodeIo io, NodeBinding b, double[] coal)
    {
        var so2 = Supply.Scale(coal, b.Value("so2_factor"));
        var formed = Supply.Scale(coal, b.Value("sulphur_content") * b.Value("sulphur_conversion")
            * So2PerSulphur);
        var captured = Supply.Subtract(formed, so2);
        Supply.Add(io.Terms.DetailOf("so2 formed (t)"), formed);
        Supply.Add(io.Terms.DetailOf("so2 captured as gypsum (t)"), captured);
        Combustion.Emit(io, b, "so2", so2);
        Combustion.Emit(io, b, "gypsum", Supply.Scale(captured, GypsumPerSo2));

        var ash = Supply.Scale(coal, b.Value("ash_content"));
        var dust = Supply.Scale(coal, b.Value("dust_factor"));
        var flyAsh = Supply.Subtract(Supply.Scale(ash, b.Value("fly_ash_share")), dust);
        Combustion.Emit(io, b, "dust", dust);
        Combustion.Emit(io, b, "fly-ash", flyAsh);
        Combustion.Emit(io, b, "slag", Supply.Scale(ash, 1 - b.Value("fly_ash_share")));

        Combustion.Emit(io, b, "nox", Supply.Scale(coal, b.Value("nox_factor")));
        Combustion.Emit(io, b, "vocs", Supply.Scale(coal, b.Value("vocs_factor")));
        Combustion.Emit(io, b, "co2", Combustion.Co2(io, b.InputsOf("coal")));
    }
}
