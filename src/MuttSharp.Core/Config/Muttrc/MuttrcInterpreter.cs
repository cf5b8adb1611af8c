using MuttSharp.Core.Config.Muttrc.Commands;
using MuttSharp.Core.Config.Variables;

namespace MuttSharp.Core.Config.Muttrc;

/// <summary>
/// Runs muttrc text against a <see cref="MuttConfig"/>: joins continued lines, splits commands at
/// <c>;</c>, looks each command up in the registry and reports errors as Mutt words them.
/// </summary>
internal sealed class MuttrcInterpreter
{
    /// <summary>The label Mutt uses for commands given with <c>-e</c>.</summary>
    public const string CommandLineSource = "command line";

    /// <summary>A command's answer meaning "failed, and the error is already reported" (a nested line failed).</summary>
    public const string AlreadyReported = "\0";

    private readonly MuttConfig _config;
    private readonly List<string> _sourced = [];
    private readonly Stack<SourceFrame> _frames = new();

    public MuttrcInterpreter(MuttConfig config) => _config = config;

    /// <summary>Every file read, in order, as named.</summary>
    public IReadOnlyList<string> SourcedFiles => _sourced;

    /// <summary>Reads and runs a file, or the output of a command when <paramref name="path"/> ends in <c>|</c>.</summary>
    /// <returns>
    /// Null on success; else the error for the line that sourced it, worded as Mutt words it:
    /// <c>/path: No such file or directory</c> when it could not be read, <c>source: errors in /path</c> when lines failed
    /// (those are reported one by one as they happen).
    /// </returns>
    public async Task<string?> SourceAsync(string path, CancellationToken cancellationToken)
    {
        string text;
        string frameKey;
        if (path.EndsWith('|'))
        {
            var result = await ShellRunner.RunAsync(path[..^1], _config.Environment, cancellationToken).ConfigureAwait(false);
            if (result.Error is not null)
                return $"{path}: {result.Error}";
            text = result.Output;
            frameKey = path;
        }
        else
        {
            frameKey = Path.GetFullPath(path, _config.Environment.WorkingDirectory);
            if (_frames.Any(frame => frame.Key == frameKey))
                return $"source: {path} is already being read (source loop)";
            try
            {
                text = await File.ReadAllTextAsync(frameKey, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return $"{path}: {Describe(e)}";
            }
            _sourced.Add(path);
        }

        _frames.Push(new SourceFrame(frameKey));
        int errorsBefore = _config.Errors.Count;
        try
        {
            foreach (var (line, number) in LogicalLines(text))
            {
                await ExecuteLineAsync(line, path, number, cancellationToken).ConfigureAwait(false);
                if (_frames.Peek().Finished)
                    break;
            }
        }
        finally
        {
            _frames.Pop();
        }
        return _config.Errors.Count == errorsBefore ? null : $"source: errors in {path}";
    }

    /// <summary>Runs one logical line, which may hold several commands separated by <c>;</c>.</summary>
    /// <returns>False when a command failed; the rest of that line is skipped, as Mutt does.</returns>
    public async Task<bool> ExecuteLineAsync(string line, string? source, int number, CancellationToken cancellationToken)
    {
        var (outputs, backtickError) = await RunBackticksAsync(line, cancellationToken).ConfigureAwait(false);
        if (backtickError is not null)
        {
            Report(source, number, backtickError);
            return false;
        }
        var args = new MuttrcArguments(this, line, outputs);
        while (!args.AtEnd)
        {
            if (args.Peek == ';')
            {
                args.Skip();
                continue;
            }
            string name = args.Next();
            // my_hdr takes quotes literally (Mutt reads its value with quoting off), so an apostrophe there is text.
            if (name != "my_hdr" && QuoteScanner.FindUnbalancedQuote(args.Remaining) is int column)
            {
                Report(source, number, args.Remaining[column] == '`' ? "mismatched backticks" : $"{name}: unbalanced quote: {args.Remaining[column..]}");
                return false;
            }
            var context = new MuttrcCommandContext(_config, this, source ?? "", number);
            string? error = await RunCommandAsync(name, context, args, cancellationToken).ConfigureAwait(false);
            error ??= args.Error;
            if (error == AlreadyReported)
                return false;
            if (error is not null)
            {
                Report(source, number, error);
                return false;
            }
        }
        return true;
    }

    /// <summary>The value <c>$name</c> stands for: the environment, then <c>$my_</c> variables, then Mutt variables.</summary>
    public string LookupVariable(string name)
    {
        if (_config.Environment.Get(name) is { } env)
            return env;
        if (_config.GetUserVariable(name) is { } user)
            return user;
        return _config.Variables.TryFind(name, out var definition) ? VariableText(definition) : "";
    }

    /// <summary>Marks the file being read as finished (the <c>finish</c> command).</summary>
    public bool Finish()
    {
        if (_frames.Count == 0)
            return false;
        _frames.Peek().Finished = true;
        return true;
    }

    /// <summary>A variable's value as text, as <c>$name</c> expands it: yes/no for booleans, paths in their short form.</summary>
    public string VariableText(VariableDefinition definition)
    {
        object value = _config.GetRaw(definition);
        return definition.Type switch
        {
            VariableType.Boolean => (bool)value ? "yes" : "no",
            VariableType.Path => _config.PrettyPath((string)value),
            VariableType.Quad or VariableType.Number or VariableType.Sort => VariableValues.Format(definition.Name, definition, value, p => p)[(definition.Name.Length + 1)..],
            _ => (string)value,
        };
    }

    /// <summary>A registered command first, then a built-in; else unknown.</summary>
    private async Task<string?> RunCommandAsync(string name, MuttrcCommandContext context, MuttrcArguments args, CancellationToken cancellationToken)
    {
        var registry = _config.Commands;
        if (!registry.TryGet(name, out var command) && registry.TryGetBuiltin(name, out var builtin))
            return await builtin.RunAsync(context, args, cancellationToken).ConfigureAwait(false);
        if (command is null)
            return $"{name}: unknown command";

        var tokens = args.RemainingTokens();
        if (args.Error is not null)
            return args.Error;
        return command.TryExecute(context, tokens, out string? error) ? null : error ?? $"{name}: failed";
    }

    /// <summary>Runs every backtick of the line that is not inside single quotes, in order, before the line is tokenised.</summary>
    private async Task<(Queue<string> Outputs, string? Error)> RunBackticksAsync(string line, CancellationToken cancellationToken)
    {
        var outputs = new Queue<string>();
        if (!line.Contains('`'))
            return (outputs, null);
        foreach (string command in QuoteScanner.Backticks(line))
        {
            var result = await ShellRunner.RunAsync(command, _config.Environment, cancellationToken).ConfigureAwait(false);
            if (result.Error is not null)
                return (outputs, $"`{command}`: {result.Error}");
            outputs.Enqueue(FirstLine(result.Output));
        }
        return (outputs, null);
    }

    private static string FirstLine(string output)
    {
        int newline = output.IndexOf('\n');
        return (newline < 0 ? output : output[..newline]).TrimEnd('\r');
    }

    /// <summary>Splits file text into logical lines: a trailing backslash joins the next line; the line number is the last physical line, as in Mutt's messages.</summary>
    internal static IEnumerable<(string Line, int Number)> LogicalLines(string text)
    {
        string[] physical = text.Split('\n');
        var current = new System.Text.StringBuilder();
        for (int i = 0; i < physical.Length; i++)
        {
            string line = physical[i].EndsWith('\r') ? physical[i][..^1] : physical[i];
            if (i == physical.Length - 1 && line.Length == 0 && current.Length == 0)
                break;
            if (line.EndsWith('\\') && i < physical.Length - 1)
            {
                current.Append(line, 0, line.Length - 1);
                continue;
            }
            current.Append(line);
            yield return (current.ToString(), i + 1);
            current.Clear();
        }
    }

    private void Report(string? source, int line, string message) => _config.AddError(new MuttrcError(source, line, message));

    private static string Describe(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "No such file or directory",
        UnauthorizedAccessException => "Permission denied",
        _ => e.Message,
    };

    private sealed class SourceFrame(string key)
    {
        public string Key { get; } = key;

        public bool Finished { get; set; }
    }
}
