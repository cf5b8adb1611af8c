namespace MuttSharp.Core.Config.Format;

/// <summary>The muttrc settings <c>$status_format</c>'s expandos depend on; Mutt's defaults.</summary>
public sealed record StatusFormatSettings
{
    /// <summary>Mutt's defaults.</summary>
    public static readonly StatusFormatSettings Default = new();

    /// <summary><c>$status_chars</c>: unchanged, changed, read-only, attach-message.</summary>
    public string StatusChars { get; init; } = "-*%A";

    /// <summary><c>$folder</c>, abbreviated to <c>=</c> in <c>%f</c>.</summary>
    public string Folder { get; init; } = "";

    /// <summary>The home directory, abbreviated to <c>~</c> in <c>%f</c>.</summary>
    public string Home { get; init; } = "";

    /// <summary>Byte sizes for <c>%l</c> and <c>%L</c>.</summary>
    public SizeFormat Sizes { get; init; } = SizeFormat.Default;
}
