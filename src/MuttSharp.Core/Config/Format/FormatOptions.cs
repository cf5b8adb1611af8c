using System.Globalization;

namespace MuttSharp.Core.Config.Format;

/// <summary>Per-render settings of the format engine.</summary>
public sealed record FormatOptions
{
    /// <summary>The defaults: 80 columns, the C locale, the machine's time zone and clock.</summary>
    public static readonly FormatOptions Default = new();

    /// <summary>Width of the line in cells, which <c>%&gt;</c>, <c>%*</c> and <c>%|</c> fill to.</summary>
    public int Columns { get; init; } = 80;

    /// <summary>
    /// The locale for month and day names in dates (Mutt's LC_TIME, or <c>$attribution_locale</c>
    /// for the attribution); the invariant culture is the C locale. A leading <c>!</c> in a date
    /// format forces the C locale.
    /// </summary>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>The zone for "local" dates: <c>%D</c>, <c>%[...]</c>, <c>%(...)</c>, <c>%&lt;...&gt;</c>.</summary>
    public TimeZoneInfo LocalTimeZone { get; init; } = TimeZoneInfo.Local;

    /// <summary>The clock for <c>%&lt;...&gt;</c> (the current time).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// How long a format filter (a format ending in <c>|</c>) may run before it is killed and its
    /// output discarded; Mutt waits for ever, which would freeze the screen.
    /// </summary>
    public TimeSpan FilterTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
