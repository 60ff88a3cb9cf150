namespace Twin.Domain.Model;

/// <summary>
/// The economic inputs of a scenario year, which the indicators divide flows by.
/// </summary>
/// <param name="ValueAdded">Industrial value added, 10,000 CNY per year.</param>
/// <param name="Employees">Industrial employees.</param>
/// <param name="IndustrialLandKm2">Industrial land, km2.</param>
public sealed record Economy(double ValueAdded, double Employees, double IndustrialLandKm2);
