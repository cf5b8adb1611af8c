using System.Globalization;

namespace MuttSharp.Core.Config.Format;

/// <summary>
/// Mutt's abbreviated byte sizes (<c>%c</c> in the index, <c>%l</c> in the status line, <c>%s</c>
/// in the browser), governed by <c>$size_show_bytes</c>, <c>$size_show_fractions</c>,
/// <c>$size_show_mb</c> and <c>$size_units_on_left</c> (defaults: no, yes, yes, no).
/// </summary>
public sealed record SizeFormat
{
    /// <summary>Mutt's defaults.</summary>
    public static readonly SizeFormat Default = new();

    /// <summary><c>$size_show_bytes</c>: bytes for sizes under 1K.</summary>
    public bool ShowBytes { get; init; }

    /// <summary><c>$size_show_fractions</c>: one decimal for 0.1K-9.9K and 1.0M-9.9M.</summary>
    public bool ShowFractions { get; init; } = true;

    /// <summary><c>$size_show_mb</c>: megabytes from 1M up.</summary>
    public bool ShowMegabytes { get; init; } = true;

    /// <summary><c>$size_units_on_left</c>: <c>K12</c> instead of <c>12K</c>.</summary>
    public bool UnitsOnLeft { get; init; }

    /// <summary>The size as Mutt's <c>mutt_pretty_size</c> writes it, e.g. <c>0K</c>, <c>0.1K</c>, <c>4.2K</c>, <c>12K</c>, <c>1.5M</c>, <c>23M</c>.</summary>
    public string Format(long bytes)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        if (ShowBytes && bytes < 1024)
        {
            return bytes.ToString(c);
        }

        if (bytes <= 0)
        {
            return UnitsOnLeft ? "K0" : "0K";
        }

        if (ShowFractions && bytes < 10189)
        {
            return Unit('K', (bytes < 103 ? 0.1 : bytes / 1024.0).ToString("0.0", c));
        }

        if (!ShowMegabytes || bytes < 1023949)
        {
            // +51 rounds 10189 bytes up to 10K, as Mutt does.
            return Unit('K', ((bytes + 51) / 1024).ToString(c));
        }

        if (ShowFractions && bytes < 10433332)
        {
            return Unit('M', (bytes / 1048576.0).ToString("0.0", c));
        }

        return Unit('M', ((bytes + 52428) / 1048576).ToString(c));
    }

    private string Unit(char unit, string number) => UnitsOnLeft ? unit + number : number + unit;
}
