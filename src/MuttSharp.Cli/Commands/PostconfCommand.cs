using MuttSharp.Mta.Config;

namespace MuttSharp.Cli.Commands;

/// <summary>
/// <c>muttsharp postconf</c>, as Postfix's postconf(1): prints <c>name = value</c> for the effective
/// configuration, <c>-d</c> the built-in defaults, <c>-n</c> only what main.cf sets, <c>-x</c> with
/// <c>$name</c> expanded, <c>-h</c> the value alone; <c>-e name=value...</c> edits main.cf in place
/// (comments kept, the file replaced atomically); <c>-c dir</c> picks the configuration directory.
/// </summary>
internal sealed class PostconfCommand : ICliCommand
{
    public string Name => "postconf";

    public string Synopsis => "muttsharp postconf [-c dir] [-d|-n] [-h] [-x] [-e name=value...] [name...]   show or edit main.cf";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        string? directoryOption = null;
        bool defaults = false, nonDefault = false, edit = false, valueOnly = false, expand = false;
        var names = new List<string>();
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg == "-c" && i + 1 < args.Count)
                directoryOption = args[++i];
            else if (arg.StartsWith('-') && arg.Length > 1 && arg != "-c" && arg.Skip(1).All(c => "dnehx".Contains(c)))
            {
                defaults |= arg.Contains('d');
                nonDefault |= arg.Contains('n');
                edit |= arg.Contains('e');
                valueOnly |= arg.Contains('h');
                expand |= arg.Contains('x');
            }
            else if (arg.StartsWith('-'))
                return Usage(console, $"invalid option: {arg}");
            else
                names.Add(arg);
        }
        if (defaults && (nonDefault || edit))
            return Usage(console, "-d cannot be combined with -n or -e");

        string path = ConfigDirectory.MainCfPath(ConfigDirectory.Resolve(directoryOption, console.Environment));
        var mainCf = await MainCf.LoadAsync(path, cancellationToken).ConfigureAwait(false);
        if (edit)
            return await EditAsync(mainCf, names, console, cancellationToken).ConfigureAwait(false);
        if (!mainCf.Exists && !defaults)
        {
            console.Error.WriteLine($"postconf: fatal: open {path}: No such file or directory");
            return ExitCodes.Failure;
        }

        var parameters = new MtaParameters(mainCf);
        if (!defaults)
        {
            foreach (var diagnostic in mainCf.Diagnostics.Concat(parameters.UnusedParameters()))
                console.Error.WriteLine($"postconf: warning: {diagnostic}");
        }

        IEnumerable<string> selected = names.Count > 0 ? names
            : nonDefault ? mainCf.EffectiveEntries.Select(e => e.Name).Order(StringComparer.Ordinal)
            : ParameterTable.All.Select(p => p.Name);
        foreach (string name in selected)
        {
            string? value = defaults ? parameters.DefaultValue(name)
                : nonDefault ? (mainCf.TryGetValue(name, out string set) ? set : null)
                : parameters.Value(name);
            if (value is null)
            {
                if (names.Count > 0 && !(nonDefault && MtaParameters.IsKnown(name)))
                    console.Error.WriteLine($"postconf: warning: {name}: unknown parameter");
                continue;
            }
            if (expand)
                value = parameters.ExpandText(value);
            console.Out.WriteLine(valueOnly ? value : value.Length == 0 ? $"{name} =" : $"{name} = {value}");
        }
        return ExitCodes.Ok;
    }

    private static async Task<int> EditAsync(MainCf mainCf, IReadOnlyList<string> assignments, CliConsole console, CancellationToken cancellationToken)
    {
        var edits = new List<KeyValuePair<string, string>>();
        foreach (string assignment in assignments)
        {
            int equals = assignment.IndexOf('=');
            string name = equals < 0 ? "" : assignment[..equals].Trim();
            if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                console.Error.WriteLine($"postconf: fatal: edit: bad parameter assignment \"{assignment}\": expected name=value");
                return ExitCodes.Failure;
            }
            edits.Add(new(name, assignment[(equals + 1)..].Trim()));
        }
        string text = mainCf.WithEdits(edits);
        string temporary = $"{mainCf.Path}.{Environment.ProcessId}.tmp";
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text), cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }
            if (mainCf.Exists && !OperatingSystem.IsWindows())
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(mainCf.Path));
            File.Move(temporary, mainCf.Path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            console.Error.WriteLine($"postconf: fatal: edit {mainCf.Path}: {e.Message}");
            return ExitCodes.Failure;
        }
        return ExitCodes.Ok;
    }

    private static int Usage(CliConsole console, string problem)
    {
        console.Error.WriteLine($"postconf: {problem}");
        console.Error.WriteLine("usage: postconf [-c config_dir] [-d | -n] [-h] [-x] [-e name=value...] [name...]");
        return ExitCodes.Usage;
    }
}
