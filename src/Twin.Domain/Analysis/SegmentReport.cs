namespace Twin.Domain.Analysis;

/// <summary>
/// One pipeline of a waste-heat network over a season. Capacity is the supply pipe's
/// rho A v_max cp (Ts - Tref), heat above the park's reference temperature (GJ/h); the net heat it
/// can hand over is that times (Ts - Tr) / (Ts - Tref), the rest coming back in the return pipe.
/// </summary>
/// <param name="CarriedGj">Supply heat that entered the segment over the season.</param>
/// <param name="HoursAtCapacity">Hours in steps in which the segment carried its capacity.</param>
/// <param name="PeakVelocityMPerS">Highest water velocity of any step, m/s.</param>
public sealed record SegmentReport(
    string Id,
    string Name,
    double DiameterM,
    double LengthM,
    double BurialDepthM,
    double SupplyTemperatureC,
    double ReturnTemperatureC,
    double CapacityGjPerHour,
    double CapacityMw,
    double NetCapacityMw,
    double CarriedGj,
    double PeakGjPerHour,
    double PeakFlowTPerHour,
    double PeakVelocityMPerS,
    double SupplyLossGj,
    double ReturnLossGj,
    double LossGj,
    double LossShare,
    double HoursAtCapacity,
    double PumpingMwh,
    double PeakPumpingKw);
