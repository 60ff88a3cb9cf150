namespace Twin.Cli.Output;

/// <summary>How a figure moved from run A to run B.</summary>
internal readonly record struct Change(double A, double B)
{
    /// <summary>
    /// Differences within this share of the larger value are the engines' rounding (the
    /// balance tolerance of the design), shown as no change rather than as noise.
    /// </summary>
    public const double Rounding = 1e-9;

    public double Delta => Exceeds(Rounding) ? B - A : 0;

    /// <summary>The change relative to A, in percent; null when A is zero and B is not.</summary>
    public double? Percent => A != 0 ? 100 * Delta / Math.Abs(A) : B == 0 ? 0 : null;

    /// <summary>Whether the change exceeds <paramref name="share"/> of the larger of the two.</summary>
    public bool Exceeds(double share) => Math.Abs(B - A) > share * Math.Max(Math.Abs(A), Math.Abs(B));
}
