using Twin.Domain.Units;

namespace Twin.Domain.Tests.Units;

public class QuantityParserTests
{
    // Expected base values worked by hand from the factors in UnitCatalog (a year is 8760 h).
    public static TheoryData<string, double, Dimension> Written => new()
    {
        // 30000 m3 = 30000 t; per day of 24 h: 30000 / 24 = 1250 t/h.
        { "30000 m3/d", 1250, Dimension.MassRate },
        // 7.2 x 1000 m.
        { "7.2 km", 7200, Dimension.Length },
        // A nominal diameter in millimetres: 1400 mm = 1.4 m.
        { "DN1400", 1.4, Dimension.Length },
        // degC is the base unit of temperature, with no offset.
        { "130 degC", 130, Dimension.Temperature },
        // 12.41 / 100.
        { "12.41 %", 0.1241, Dimension.Fraction },
        // 3.82e6 t / 8760 h = 436.0730594 t/h.
        { "3.82 Mt/yr", 436.0730593607306, Dimension.MassRate },
        // 1043.8 x 10^4 Nm3 = 10,438,000 Nm3; / 8760 h = 1191.552511 Nm3/h.
        { "1,043.8 万Nm3/yr", 1191.552511415525, Dimension.GasVolumeRate },
        // 99.82 亿元 = 998,200 万元; / 8760 h = 113.9497717 万元/h.
        { "99.82 亿元/yr", 113.9497716894977, Dimension.MoneyRate },
        // GJ/t is the base unit of heating value.
        { "21.63 GJ/t", 21.63, Dimension.HeatingValue },
    };

    [Theory]
    [MemberData(nameof(Written))]
    public void TryParse_WrittenQuantity_GivesItsBaseValue(string text, double expected, Dimension dimension)
    {
        var parsed = QuantityParser.TryParse(text, out var quantity, out var error);

        Assert.True(parsed, error);
        Assert.Equal(dimension, quantity.Dimension);
        Assert.Equal(expected, quantity.Value, expected * 1e-12);
    }

    [Fact]
    public void TryParse_BareNumber_IsAFraction()
    {
        var parsed = QuantityParser.TryParse("50000", out var quantity, out _);

        Assert.True(parsed);
        Assert.Equal(Quantity.Of(50000, Dimension.Fraction), quantity);
    }

    [Fact]
    public void TryParse_UnknownUnit_FailsNamingTheUnit()
    {
        var parsed = QuantityParser.TryParse("50000 m3/day", out _, out var error);

        Assert.False(parsed);
        Assert.Equal("unknown unit 'm3/day' in '50000 m3/day'", error);
    }

    [Fact]
    public void TryParse_TextWithoutNumber_Fails()
    {
        var parsed = QuantityParser.TryParse("m3/d", out _, out var error);

        Assert.False(parsed);
        Assert.Equal("'m3/d' is not a number with a unit", error);
    }

    [Fact]
    public void TryParse_BadlyGroupedThousands_Fails()
    {
        // "1,0438" is no grouping of thousands; reading it as 10438 would hide a typing error.
        var parsed = QuantityParser.TryParse("1,0438 t", out _, out _);

        Assert.False(parsed);
    }

    [Fact]
    public void Parse_InvalidText_ThrowsFormatException()
    {
        var thrown = Assert.Throws<FormatException>(() => QuantityParser.Parse("5 furlongs"));

        Assert.Contains("'furlongs'", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_UnitOfTheSameDimension_GivesTheWrittenValueBack()
    {
        var quantity = QuantityParser.Parse("1,043.8 万Nm3/yr");

        Assert.Equal(1043.8, quantity.In("万Nm3/yr"), 1e-9);
    }
}
