using System.Globalization;
using Twin.Domain.Model;
using Twin.Domain.Units;
using YamlDotNet.RepresentationModel;

namespace Twin.Topology;

/// <summary>
/// Reads profiles: "flat"; "monthly" with twelve weights; "daily" with 365; "degree-days" with a
/// base temperature, twelve monthly mean temperatures and a heating season, each day weighted by
/// max(0, base - monthly mean) inside the season and zero outside it; "ramp" from one share to
/// another between two days (a plant coming into service). A profile is a load shape unless it
/// says <c>availability: true</c> (a ramp always is one): then each day's weight, from 0 to 1,
/// scales the node's rates and its capacity as it stands.
/// </summary>
internal sealed class ProfileReader(YamlSource yaml, IReadOnlyDictionary<string, string> sources)
{
    private static readonly int[] MonthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    public ProfileSpec? Profile(string name, YamlNode entry)
    {
        var subject = $"profile '{name}'";
        if (entry is not YamlMappingNode map)
        {
            yaml.Report(entry, subject, "must be a mapping with kind and source");
            return null;
        }

        yaml.OnlyKeys(map, subject, "kind", "source", "values", "base_temperature",
            "monthly_mean_temperature", "season_start", "season_end", "start", "end", "from", "to",
            "availability", "note");
        var kind = yaml.RequiredText(map, "kind", subject);
        var source = yaml.RequiredText(map, "source", subject);
        if (source is not null && !sources.ContainsKey(source))
        {
            yaml.Report(YamlSource.Child(map, "source")!, subject, $"unknown source '{source}': list it under sources");
        }

        double[]? weights = kind switch
        {
            "flat" => Enumerable.Repeat(1.0, ProfileSpec.DaysPerYear).ToArray(),
            "monthly" => Monthly(map, subject),
            "daily" => Numbers(map, "values", subject, ProfileSpec.DaysPerYear),
            "ramp" => Ramp(map, subject),
            "degree-days" => DegreeDays(map, subject),
            null => null,
            _ => Unknown(map, subject, kind),
        };

        if (weights is null || source is null)
        {
            return null;
        }

        var availability = kind == "ramp" || yaml.Text(map, "availability", subject) == "true";
        if (weights.Any(w => w < 0) || weights.Sum() <= 0 || availability && weights.Any(w => w > 1))
        {
            yaml.Report(map, subject, availability
                ? "an availability's daily factors must lie between 0 and 1 and not all be zero"
                : "weights must not be negative and must not all be zero");
            return null;
        }

        return new ProfileSpec(name, weights, source, yaml.At(map), Shape: !availability);
    }

    private double[]? Unknown(YamlMappingNode map, string subject, string kind)
    {
        yaml.Report(map, subject,
            $"unknown profile kind '{kind}' (expected flat, monthly, daily, degree-days or ramp)");
        return null;
    }

    /// <summary>From <c>from</c> before <c>start</c> to <c>to</c> after <c>end</c>, linear between.</summary>
    private double[]? Ramp(YamlMappingNode map, string subject)
    {
        var start = DayOf(map, "start", subject);
        var end = DayOf(map, "end", subject);
        var from = Share(map, "from", subject);
        var to = Share(map, "to", subject);
        if (start is null || end is null || from is null || to is null)
        {
            return null;
        }

        if (end < start)
        {
            yaml.Report(map, subject, "a ramp's end must not come before its start within the year");
            return null;
        }

        var weights = new double[ProfileSpec.DaysPerYear];
        for (var day = 0; day < weights.Length; day++)
        {
            var progress = end == start
                ? (day >= start ? 1 : 0)
                : Math.Clamp((day - start.Value) / (double)(end.Value - start.Value), 0, 1);
            weights[day] = from.Value + (to.Value - from.Value) * progress;
        }

        return weights;
    }

    private double? Share(YamlMappingNode map, string key, string subject)
    {
        var text = yaml.RequiredText(map, key, subject);
        if (text is null)
        {
            return null;
        }

        if (QuantityParser.TryParse(text, out var share, out _) && share.Dimension == Dimension.Fraction)
        {
            return share.Value;
        }

        yaml.Report(YamlSource.Child(map, key)!, subject, $"'{key}' = '{text}' must be a share, e.g. '50 %'");
        return null;
    }

    private double[]? Monthly(YamlMappingNode map, string subject)
    {
        var values = Numbers(map, "values", subject);
        return values is null ? null : Days(month => values[month]);
    }

    private double[]? DegreeDays(YamlMappingNode map, string subject)
    {
        var temperatures = Numbers(map, "monthly_mean_temperature", subject);
        var baseText = yaml.RequiredText(map, "base_temperature", subject);
        var start = DayOf(map, "season_start", subject);
        var end = DayOf(map, "season_end", subject);
        if (temperatures is null || baseText is null || start is null || end is null)
        {
            return null;
        }

        if (!QuantityParser.TryParse(baseText, out var basis, out var error)
            || basis.Dimension != Dimension.Temperature)
        {
            yaml.Report(YamlSource.Child(map, "base_temperature")!, subject,
                $"base_temperature '{baseText}' must be a temperature, e.g. '18 degC' {error}".TrimEnd());
            return null;
        }

        var weights = Days(month => Math.Max(0, basis.Value - temperatures[month]));
        for (var day = 0; day < weights.Length; day++)
        {
            var inSeason = start <= end ? day >= start && day <= end : day >= start || day <= end;
            weights[day] = inSeason ? weights[day] : 0;
        }

        return weights;
    }

    private static double[] Days(Func<int, double> perMonth)
    {
        var days = new List<double>(ProfileSpec.DaysPerYear);
        for (var month = 0; month < 12; month++)
        {
            days.AddRange(Enumerable.Repeat(perMonth(month), MonthDays[month]));
        }

        return [.. days];
    }

    private double[]? Numbers(YamlMappingNode map, string key, string subject, int count = 12)
    {
        var sequence = yaml.Sequence(map, key, subject);
        if (sequence is null)
        {
            yaml.Report(map, subject, count == 12
                ? $"missing '{key}': twelve numbers, January to December"
                : $"missing '{key}': {count} numbers, one per day of the year");
            return null;
        }

        var numbers = new List<double>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { } text }
                && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                numbers.Add(number);
            }
            else
            {
                yaml.Report(item, subject, $"'{key}' must hold plain numbers");
                return null;
            }
        }

        if (numbers.Count != count)
        {
            yaml.Report(sequence, subject, count == 12
                ? $"'{key}' must hold twelve numbers, one per month, not {numbers.Count}"
                : $"'{key}' must hold {count} numbers, one per day, not {numbers.Count}");
            return null;
        }

        return [.. numbers];
    }

    /// <summary>Day of a 365-day year (0-based) from "MM-DD".</summary>
    private int? DayOf(YamlMappingNode map, string key, string subject)
    {
        var text = yaml.RequiredText(map, key, subject);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact($"2021-{text}", "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var date))
        {
            return date.DayOfYear - 1;
        }

        yaml.Report(YamlSource.Child(map, key)!, subject, $"'{key}' must be a month and day, e.g. '11-15'");
        return null;
    }
}
