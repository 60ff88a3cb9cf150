namespace Twin.Domain.Model;

/// <summary>The length of one simulation step.</summary>
public enum StepLength
{
    Day,
    Hour,
}
