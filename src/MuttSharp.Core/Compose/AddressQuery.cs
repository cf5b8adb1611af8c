using System.ComponentModel;
using System.Diagnostics;
using MuttSharp.Core.Config.Format;

namespace MuttSharp.Core.Compose;

/// <summary>
/// Mutt's <c>query</c> through <c>$query_command</c>. The command's words become the argv directly,
/// <c>%s</c> replaced by the typed text as one argument (appended when there is no <c>%s</c>), so the
/// text is never read by a shell. The output is Mutt's: a first line for the user, then one
/// <c>address&lt;TAB&gt;name&lt;TAB&gt;other</c> line per result.
/// </summary>
public static class AddressQuery
{
    /// <summary>The argv for <paramref name="command"/> asked about <paramref name="query"/>.</summary>
    public static IReadOnlyList<string> Arguments(string command, string query)
    {
        var words = FormatFilter.SplitWords(command);
        bool substituted = false;
        for (int i = 0; i < words.Count; i++)
        {
            if (words[i].Contains("%s", StringComparison.Ordinal))
            {
                words[i] = words[i].Replace("%s", query, StringComparison.Ordinal);
                substituted = true;
            }
        }
        if (!substituted)
            words.Add(query);
        return words;
    }

    /// <summary>Parses a query command's output; lines without an address are skipped, as Mutt skips them.</summary>
    public static QueryResult Parse(string output)
    {
        var lines = output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var entries = new List<QueryEntry>();
        foreach (string line in lines.Skip(1))
        {
            var fields = line.Split('\t');
            if (fields[0].Trim().Length == 0)
                continue;
            entries.Add(new QueryEntry(entries.Count + 1, fields[0].Trim(), Field(fields, 1), Field(fields, 2)));
        }
        return new QueryResult(lines[0].TrimEnd(), entries, null);
    }

    /// <summary>Runs the query; a command that cannot start or fails comes back as <see cref="QueryResult.Error"/>.</summary>
    public static async Task<QueryResult> RunAsync(string command, string query, CancellationToken cancellationToken = default)
    {
        var argv = Arguments(command, query);
        if (argv.Count == 0 || argv[0].Length == 0)
            return Failed("Query command not defined.");
        var start = new ProcessStartInfo(argv[0]) { RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (string argument in argv.Skip(1))
            start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start) ?? throw new Win32Exception($"{argv[0]} did not start");
            process.StandardInput.Close();
            string output = await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            var result = Parse(output);
            // Mutt shows the first line and keeps any results even when the command exits non-zero.
            return process.ExitCode != 0 && result.Entries.Count == 0
                ? Failed(result.Message.Length > 0 ? result.Message : $"Error running \"{command}\"!")
                : result;
        }
        catch (Win32Exception e)
        {
            return Failed($"Error running \"{argv[0]}\": {e.Message}");
        }
    }

    private static string Field(string[] fields, int index) => index < fields.Length ? fields[index].Trim() : "";

    private static QueryResult Failed(string error) => new("", [], error);
}
