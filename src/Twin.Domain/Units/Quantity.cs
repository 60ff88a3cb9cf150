using System.Globalization;

namespace Twin.Domain.Units;

/// <summary>A value in the base unit of its dimension, with the text it was written as.</summary>
public readonly record struct Quantity(double Value, Dimension Dimension)
{
    public static Quantity Of(double value, Dimension dimension) => new(value, dimension);

    /// <summary>The value in another unit of the same dimension, e.g. <c>In("t/d")</c>.</summary>
    public double In(string unit)
    {
        var target = UnitCatalog.Find(unit)
            ?? throw new ArgumentException($"unknown unit '{unit}'", nameof(unit));
        if (target.Dimension != Dimension)
        {
            throw new ArgumentException(
                $"unit '{unit}' is {target.Dimension}, the quantity is {Dimension}", nameof(unit));
        }

        return (Value - target.Offset) / target.Factor;
    }

    public override string ToString() =>
        $"{Value.ToString("G6", CultureInfo.InvariantCulture)} {UnitCatalog.BaseSymbol(Dimension)}";
}
