namespace Twin.Domain.Carriers;

/// <summary>
/// The use a water grade is fit for, from the highest demand to the lowest. A user that needs
/// <see cref="Process"/> water takes potable or process grades; one that needs
/// <see cref="Cooling"/> water takes any grade.
/// </summary>
public enum WaterQuality
{
    Potable = 1,
    Process = 2,
    Cooling = 3,
}
