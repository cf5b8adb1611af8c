using System.Reflection;
using System.Runtime.InteropServices;

namespace MuttSharp.Cli.Commands;

/// <summary><c>muttsharp -v</c>: the version and the libraries it was built with, as <c>mutt -v</c> prints them.</summary>
internal sealed class VersionCommand : ICliCommand
{
    /// <summary>The libraries whose versions <c>-v</c> reports, by assembly name.</summary>
    private static readonly string[] Libraries =
    [
        "MimeKit", "MailKit", "Terminal.Gui", "Tomlyn", "Microsoft.Data.Sqlite", "DnsClient", "System.CommandLine",
    ];

    public string Name => "version";

    public string Synopsis => "muttsharp -v                      print the version and the libraries it was built with";

    public Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        var output = console.Out;
        output.WriteLine($"MuttSharp {ProductVersion(typeof(VersionCommand).Assembly)}");
        output.WriteLine("Copyright (C) the MuttSharp developers.");
        output.WriteLine("MuttSharp comes with ABSOLUTELY NO WARRANTY.");
        output.WriteLine();
        output.WriteLine($"System: {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()})");
        output.WriteLine($".NET: {RuntimeInformation.FrameworkDescription}");
        foreach (string library in Libraries)
            output.WriteLine($"{library}: {LibraryVersion(library)}");
        return Task.FromResult(ExitCodes.Ok);
    }

    private static string LibraryVersion(string assemblyName)
    {
        try
        {
            return ProductVersion(Assembly.Load(new AssemblyName(assemblyName)));
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return "not present";
        }
    }

    /// <summary>The informational version without the source-revision suffix that builds append after <c>+</c>.</summary>
    private static string ProductVersion(Assembly assembly)
    {
        string? version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString();
        if (version is null)
            return "unknown";
        int plus = version.IndexOf('+');
        return plus < 0 ? version : version[..plus];
    }
}
