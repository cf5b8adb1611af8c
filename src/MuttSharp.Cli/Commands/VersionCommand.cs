using System.Reflection;
using System.Runtime.InteropServices;

namespace MuttSharp.Cli.Commands;

/// <summary><c>muttsharp -v</c>: the version and the libraries it was built with, as <c>mutt -v</c> prints them.</summary>
internal sealed class VersionCommand : ICliCommand
{
    /// <summary>
    /// The libraries whose versions <c>-v</c> reports, each by one of its types: a native build keeps no assembly
    /// that nothing names, so looking one up by name alone would find it missing there.
    /// </summary>
    private static readonly (string Name, Type Anchor)[] Libraries =
    [
        ("MimeKit", typeof(MimeKit.MimeMessage)),
        ("MailKit", typeof(MailKit.Net.Smtp.SmtpClient)),
        ("Terminal.Gui", typeof(Terminal.Gui.App.Application)),
        ("Tomlyn", typeof(Tomlyn.Syntax.DocumentSyntax)),
        ("Microsoft.Data.Sqlite", typeof(Microsoft.Data.Sqlite.SqliteConnection)),
        ("DnsClient", typeof(DnsClient.LookupClient)),
        ("System.CommandLine", typeof(System.CommandLine.RootCommand)),
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
        foreach (var (name, anchor) in Libraries)
            output.WriteLine($"{name}: {ProductVersion(anchor.Assembly)}");
        return Task.FromResult(ExitCodes.Ok);
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
