namespace Twin.Domain.Units;

/// <summary>A unit: base value = written value * Factor + Offset.</summary>
public sealed record Unit(string Symbol, Dimension Dimension, double Factor, double Offset = 0);
