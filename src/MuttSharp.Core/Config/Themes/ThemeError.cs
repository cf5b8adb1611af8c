namespace MuttSharp.Core.Config.Themes;

/// <summary>What is wrong in a theme file, and where.</summary>
/// <param name="File">The theme file.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Key">The TOML key at fault (<c>objects.indicator</c>, <c>index[2].fg</c>), or empty for a syntax error.</param>
/// <param name="Message">What was wrong or expected.</param>
public sealed record ThemeError(string File, int Line, string Key, string Message)
{
    /// <summary><c>FILE:LINE: KEY: MESSAGE</c>.</summary>
    public override string ToString() =>
        Key.Length == 0 ? $"{File}:{Line}: {Message}" : $"{File}:{Line}: {Key}: {Message}";
}
