using System.Diagnostics;
using MimeKit;
using MuttSharp.Core.IO;
using MuttSharp.Core.Rendering;

namespace MuttSharp.Core.Mailcap;

/// <summary>
/// Chooses the mailcap entry for a part (running each candidate's <c>test</c>), puts the part in a
/// temporary file and runs the command through <see cref="MailcapCommand"/>'s argument vector,
/// with <c>command_time_limit</c> and the output bounded.
/// </summary>
public sealed class MailcapRunner
{
    private readonly MailcapDatabase database;
    private readonly MailcapSettings settings;

    /// <summary>A runner over <paramref name="database"/>.</summary>
    public MailcapRunner(MailcapDatabase database, MailcapSettings settings)
    {
        this.database = database;
        this.settings = settings;
    }

    /// <summary>The entries loaded.</summary>
    public MailcapDatabase Database => database;

    /// <summary>
    /// The first entry for <paramref name="part"/>'s type that serves <paramref name="purpose"/>
    /// and whose <c>test</c> passes, ready to run; null when there is none.
    /// </summary>
    public async Task<MailcapInvocation?> PrepareAsync(MimePart part, MailcapPurpose purpose, CancellationToken cancellationToken = default)
    {
        string type = part.ContentType.MimeType.ToLowerInvariant();
        var candidates = database.Candidates(type, purpose).ToList();
        if (candidates.Count == 0)
            return null;
        byte[] content = TextDecoder.ReadContent(part, settings.OutputLimit, out _);
        foreach (var entry in candidates)
        {
            var file = MailcapTempFile.Create(content, part.FileName, entry.NameTemplate);
            string? Parameter(string name) => part.ContentType.Parameters[name];
            if (entry.Test is { Length: > 0 } test)
            {
                var check = await RunAsync(MailcapCommand.Expand(test, file.Path, type, Parameter), null, cancellationToken).ConfigureAwait(false);
                if (check.ExitCode != 0)
                {
                    file.Dispose();
                    continue;
                }
            }
            var command = MailcapCommand.Expand(MailcapDatabase.CommandFor(entry, purpose)!, file.Path, type, Parameter);
            return new MailcapInvocation(entry, command, file);
        }
        return null;
    }

    /// <summary>Runs a prepared command with its output captured; the part is on its standard input when the command does not name the file.</summary>
    public Task<MailcapResult> RunAsync(MailcapInvocation invocation, CancellationToken cancellationToken = default) =>
        RunAsync(invocation.Command, invocation.Command.UsesFile ? null : invocation.File.Path, cancellationToken);

    private async Task<MailcapResult> RunAsync(MailcapCommand command, string? input, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(MailcapCommand.Shell);
        foreach (string arg in command.Argv.Skip(1))
            start.ArgumentList.Add(arg);
        var result = await CapturedCommand.RunAsync(start, (stdin, ct) => FeedAsync(stdin, input, ct), settings.OutputLimit,
            settings.CommandTimeLimit, cancellationToken).ConfigureAwait(false);
        return new MailcapResult(result.ExitCode, result.Output, result.Error);
    }

    private static async Task FeedAsync(Stream stdin, string? input, CancellationToken cancellationToken)
    {
        if (input is null)
            return;
        await using var file = File.OpenRead(input);
        await file.CopyToAsync(stdin, cancellationToken).ConfigureAwait(false);
    }
}
