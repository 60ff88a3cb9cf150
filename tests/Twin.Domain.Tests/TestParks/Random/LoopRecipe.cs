namespace Twin.Domain.Tests.TestParks.Random;

/// <summary>
/// The generated water loop: town sewage t/d into a WWTP, whose effluent a reclaimed-water
/// plant treats, sending its concentrate back to the WWTP.
/// </summary>
public sealed record LoopRecipe(
    double Sewage,
    double WwtpCapacity,
    double ReclaimCapacity,
    double Recovery);
