namespace Twin.Domain.Tests.TestParks.Random;

/// <summary>
/// A generated CHP: capacity MW, load share, coal rates already above their thermodynamic
/// minimum for the stack loss, make-up water t/d from works <see cref="Works"/>, and an
/// optional heat capacity GJ/h.
/// </summary>
public sealed record ChpRecipe(
    double Capacity,
    double Load,
    double PowerCoalRate,
    double HeatCoalRate,
    double StackLoss,
    double Makeup,
    double WastewaterShare,
    double WasteHeatRecovery,
    double? HeatCapacity,
    int Works,
    bool HeatsCity);
