using System.Diagnostics;
using System.Globalization;
using System.Text;
using MuttSharp.Core.Config;
using MuttSharp.Core.IO;
using MuttSharp.Core.Text;

namespace MuttSharp.Core.Rendering;

/// <summary>
/// Mutt's <c>$display_filter</c>: the rendered message (decoded, headers weeded) goes on the standard input
/// of the user's command, run by <c>/bin/sh -c</c> as Mutt runs it (the command line is the user's own
/// setting; message data only ever reaches its standard input), with <c>COLUMNS</c> set to the screen's
/// width. Its output is what the pager shows, made safe like every other text. A command that cannot
/// start, fails, or outlives <c>command_time_limit</c> leaves the unfiltered text and says why.
/// </summary>
public sealed class DisplayFilter
{
    private const string Shell = "/bin/sh";

    /// <summary>A filter running <paramref name="command"/>.</summary>
    public DisplayFilter(string command) => Command = command;

    /// <summary>The command line.</summary>
    public string Command { get; }

    /// <summary>Where the command runs (the reader's working directory); null for the process's own.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Postfix's <c>command_time_limit</c> (1000 s): a filter running longer is killed.</summary>
    public TimeSpan CommandTimeLimit { get; init; } = TimeSpan.FromSeconds(1000);

    /// <summary>The filter for <c>$display_filter</c>; null when it is unset.</summary>
    public static DisplayFilter? FromConfig(MuttConfig config)
    {
        string command = config.GetPath("display_filter");
        return command.Trim().Length == 0 ? null : new DisplayFilter(command) { WorkingDirectory = config.Environment.WorkingDirectory };
    }

    /// <summary>
    /// Pipes <paramref name="text"/> through the command for a screen <paramref name="columns"/> wide and reads
    /// its output back as a message: when the text started with headers, the output's lines up to its first
    /// blank line are headers; the rest is text, quoted lines and the signature found again.
    /// </summary>
    public async Task<DisplayFilterResult> ApplyAsync(MessageText text, int columns, CancellationToken cancellationToken = default)
    {
        var (status, output, error) = await RunAsync(text.ToPlainText(), columns, text.Settings.Limits.MessageSizeLimit, cancellationToken)
            .ConfigureAwait(false);
        if (status != 0)
            return new DisplayFilterResult(text, TerminalText.Sanitize($"display_filter {Command}: {error}"));
        bool headers = text.Lines.Count > 0 && text.Lines[0].Kind == LineKind.Header;
        return new DisplayFilterResult(Read(PlainText.TrimFinalBreak(output), headers, text.Settings), null);
    }

    private static MessageText Read(string output, bool headers, RenderSettings settings)
    {
        var lines = new List<TextLine>();
        int body = 0;
        if (headers)
        {
            while (body < output.Length)
            {
                int end = output.IndexOf('\n', body);
                string line = output[body..(end < 0 ? output.Length : end)].TrimEnd('\r');
                if (line.Length == 0)
                    break;
                lines.Add(new TextLine(LineKind.Header, TerminalText.Sanitize(line)));
                body = end < 0 ? output.Length : end + 1;
            }
        }
        if (body < output.Length || lines.Count == 0)
            PlainText.Append(lines, output[body..], new QuoteClassifier(settings), settings.AllowAnsi);
        return new MessageText(lines, settings);
    }

    // The exit status (non-zero with the reason when the command failed), its output and the reason.
    private async Task<(int Status, string Output, string Error)> RunAsync(string input, int columns, int limit, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Shell)
        {
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (WorkingDirectory is { Length: > 0 } directory && Directory.Exists(directory))
            start.WorkingDirectory = directory;
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Command);
        start.Environment["COLUMNS"] = columns.ToString(CultureInfo.InvariantCulture);
        var result = await CapturedCommand.RunAsync(start, (stdin, ct) => stdin.WriteAsync(Encoding.UTF8.GetBytes(input), ct).AsTask(),
            limit, CommandTimeLimit, cancellationToken).ConfigureAwait(false);
        if (result.ExitCode == 0)
            return (0, result.Output, "");
        string reason = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault()
            ?? $"exit status {result.ExitCode}";
        return (result.ExitCode, result.Output, reason);
    }
}
