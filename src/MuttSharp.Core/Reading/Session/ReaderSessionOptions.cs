namespace MuttSharp.Core.Reading.Session;

/// <summary>How a <see cref="ReaderSession"/> opens its folder, beyond what the muttrc says.</summary>
public sealed record ReaderSessionOptions
{
    /// <summary>The defaults: read-write unless <c>$read_only</c>, 80 columns.</summary>
    public static readonly ReaderSessionOptions Default = new();

    /// <summary>Open read-only, as Mutt's <c>-R</c> and <c>change-folder-readonly</c> (<c>$read_only</c> does too).</summary>
    public bool ReadOnly { get; init; }

    /// <summary>The width index and status lines are laid out for (<c>%&gt;</c>, <c>%*</c>); the view changes it on resize.</summary>
    public int Columns { get; init; } = 80;

    /// <summary>The clock for dates in the index and for relative date patterns.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The host name for <c>%h</c> in <c>$status_format</c>; <c>$hostname</c> or the machine's name when null.</summary>
    public string? HostName { get; init; }

    /// <summary>The version for <c>%v</c>.</summary>
    public string Version { get; init; } = "MuttSharp";
}
