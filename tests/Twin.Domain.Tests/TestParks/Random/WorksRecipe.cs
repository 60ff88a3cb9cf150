namespace Twin.Domain.Tests.TestParks.Random;

/// <summary>A generated water works: capacity t/d, own use share, where its backwash goes.</summary>
public sealed record WorksRecipe(double Capacity, double OwnUse, bool BackwashToWwtp);
