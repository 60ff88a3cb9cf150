namespace Twin.Domain.Analysis;

/// <summary>What stops a reclaimed-water network from delivering more.</summary>
public enum UptakeConstraint
{
    /// <summary>The plant makes its design product.</summary>
    PlantCapacity,

    /// <summary>The plant takes all the effluent its WWTPs make.</summary>
    Effluent,

    /// <summary>A main carries its cross-section at its highest velocity.</summary>
    PipeCapacity,

    /// <summary>The users on the network take all the water they need; other users in the park
    /// would accept the grade but are not connected.</summary>
    Demand,

    /// <summary>The users on the network take all they need, and every other user in the park
    /// needs a better grade than the plant makes.</summary>
    Quality,
}
