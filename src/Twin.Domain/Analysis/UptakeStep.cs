namespace Twin.Domain.Analysis;

/// <summary>
/// One run of an uptake sweep over the horizon, t. Fresh water saved is the run with no uptake
/// less this run; effluent to sea is what the WWTPs send to the sea (or any outside node), and the
/// concentrate is the plant's reject, wherever it goes.
/// </summary>
/// <param name="UptakeLimitTPerDay">The uptake the plant was held to; null for the top step,
/// where nothing but the system holds it.</param>
public sealed record UptakeStep(
    int Step,
    double? UptakeLimitTPerDay,
    double ReclaimedT,
    double FreshWaterT,
    double FreshWaterSavedT,
    double EffluentToSeaT,
    double ConcentrateT);
