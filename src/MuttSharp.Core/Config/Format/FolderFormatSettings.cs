namespace MuttSharp.Core.Config.Format;

/// <summary>The muttrc settings <c>$folder_format</c>'s expandos depend on; Mutt's defaults.</summary>
public sealed record FolderFormatSettings
{
    /// <summary>Mutt's defaults.</summary>
    public static readonly FolderFormatSettings Default = new();

    /// <summary><c>$date_format</c>, for <c>%D</c>.</summary>
    public string DateFormat { get; init; } = "!%a, %b %d, %Y at %I:%M:%S%p %Z";

    /// <summary>Byte sizes for <c>%s</c>.</summary>
    public SizeFormat Sizes { get; init; } = SizeFormat.Default;

    /// <summary>"Now", to choose between <c>ls</c>'s two date styles in <c>%d</c>.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
