namespace MuttSharp.Mta.Tests.Support;

/// <summary>A test that drives a real client program; skipped, with the reason, where the program is not installed.</summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(string tool, string package)
    {
        if (FindOnPath(tool) is null)
            Skip = $"{tool} is not installed (Debian package {package}); this test talks to the server with it";
    }

    /// <summary>The full path of <paramref name="tool"/> on PATH, or null.</summary>
    public static string? FindOnPath(string tool)
        => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, tool))
            .FirstOrDefault(File.Exists);
}
