using System.Text;
using System.Text.RegularExpressions;
using MimeKit.Utils;
using MuttSharp.Core.Compose;
using MuttSharp.Core.Config;

namespace MuttSharp.Core.Tests.Compose;

/// <summary>
/// One golden case captured from Mutt 2.2.12 (TestData/Compose/drive.py): its muttrc, with <c>%DIR%</c>
/// standing for a scratch directory that holds the signature file, loaded as MuttSharp reads it.
/// </summary>
internal sealed partial class ComposeFixture : IDisposable
{
    private ComposeFixture(string directory, MuttConfig config)
    {
        Directory = directory;
        Config = config;
    }

    public string Directory { get; }

    public MuttConfig Config { get; }

    public ComposeSettings Settings => ComposeSettings.FromConfig(Config);

    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Compose", name);

    public static MuttEnvironment Environment(string home) =>
        new(name => name == "HOME" ? home : null, home, "example.org", "me", "", "/bin/sh");

    /// <summary>Loads <c>case.muttrc</c> (or the given muttrc text) as MuttSharp would.</summary>
    public static async Task<ComposeFixture> LoadAsync(string? caseName, string extraLines = "")
    {
        string directory = System.IO.Directory.CreateTempSubdirectory("muttsharp-compose").FullName;
        File.WriteAllText(Path.Combine(directory, "sig"), "Me Myself\nexample.org\n");
        string text = caseName is null ? "" : File.ReadAllText(TestData(caseName + ".muttrc")).Replace("%DIR%", directory, StringComparison.Ordinal);
        string rc = Path.Combine(directory, "muttrc");
        File.WriteAllText(rc, text + extraLines);
        var config = await MuttConfigLoader.LoadAsync(new MuttConfigLoadOptions { Files = [rc], SkipSystemFiles = true, Environment = Environment(directory) });
        Assert.Empty(config.Errors);
        return new ComposeFixture(directory, config);
    }

    public static OriginalMessage Original(string name) => OriginalMessage.Parse(File.ReadAllBytes(TestData(name)));

    /// <summary>Writes the draft as it would be sent, after Mutt's last touches; bytes as Latin-1 characters, so any charset compares byte for byte.</summary>
    public async Task<string> SendTextAsync(Draft draft, DraftWriteMode mode = DraftWriteMode.Send)
    {
        var writer = new DraftWriter(Settings);
        writer.Finish(draft);
        using var buffer = new MemoryStream();
        await writer.WriteAsync(draft, mode, buffer);
        return Encoding.Latin1.GetString(buffer.ToArray());
    }

    /// <summary>
    /// What may differ between two runs: the Date and Message-ID values, multipart boundaries, and how an
    /// RFC 2047 word is encoded (B or Q: Mutt picks the shorter, MimeKit its own way), so encoded words are decoded.
    /// </summary>
    public static string Normalize(string message)
    {
        string text = message;
        text = DateLine().Replace(text, "${name}: DATE");
        text = MessageIdLine().Replace(text, "${name}: <ID>");
        foreach (Match boundary in BoundaryParameter().Matches(message))
            text = text.Replace(boundary.Groups[1].Value, "BOUNDARY", StringComparison.Ordinal);
        text = EncodedWord().Replace(text, m => Rfc2047.DecodeText(Encoding.ASCII.GetBytes(m.Value)));
        return text;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    [GeneratedRegex(@"^(?<name>(Resent-)?Date): .*$", RegexOptions.Multiline)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^(?<name>(Resent-)?Message-ID): <[^>]*>$", RegexOptions.Multiline)]
    private static partial Regex MessageIdLine();

    [GeneratedRegex(@"boundary=""?([^"";\s]+)""?")]
    private static partial Regex BoundaryParameter();

    [GeneratedRegex(@"=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=")]
    private static partial Regex EncodedWord();
}
