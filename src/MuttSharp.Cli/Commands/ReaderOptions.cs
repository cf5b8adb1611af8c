namespace MuttSharp.Cli.Commands;

/// <summary>
/// Mutt's command-line flags for the reader, parsed: <c>-F file</c> (repeatable), <c>-n</c>, <c>-e cmd</c>
/// (repeatable), <c>-D</c>, <c>-Q var</c> and <c>-A alias</c> (repeatable), <c>-m type</c>, <c>-f folder</c>, <c>-R</c>, <c>-y</c>, <c>-z</c>, <c>-Z</c>, and the
/// batch-send flags <c>-s -c -b -a -i -H</c> with their addresses. Flags may be bundled (<c>-nR</c>) and values
/// attached (<c>-Fmuttrc</c>), as getopt allows.
/// </summary>
internal sealed record ReaderOptions
{
    /// <summary>Flags that take a value, and the list each value is added to.</summary>
    private static readonly Dictionary<char, Func<ReaderOptions, List<string>>> ValueFlags = new()
    {
        ['F'] = o => o.Files,
        ['e'] = o => o.Commands,
        ['Q'] = o => o.Queries,
        ['f'] = o => o.Folders,
        ['s'] = o => o.Subjects,
        ['c'] = o => o.Cc,
        ['b'] = o => o.Bcc,
        ['a'] = o => o.Attachments,
        ['i'] = o => o.Includes,
        ['H'] = o => o.Drafts,
        ['A'] = o => o.AliasQueries,
        ['m'] = o => o.MailboxTypes,
    };

    // Mutt ignores a -m type it does not know and keeps the muttrc's.
    private static readonly string[] KnownMailboxTypes = ["mbox", "MMDF", "MH", "Maildir"];

    /// <summary>Flags without a value, and what each sets.</summary>
    private static readonly Dictionary<char, Func<ReaderOptions, ReaderOptions>> SwitchFlags = new()
    {
        ['n'] = o => o with { SkipSystemFiles = true },
        ['D'] = o => o with { Dump = true },
        ['R'] = o => o with { ReadOnly = true },
        ['y'] = o => o with { MailboxList = true },
        ['Z'] = o => o with { OpenFirstWithNewMail = true },
        ['z'] = o => o with { ExitIfEmpty = true },
    };

    public List<string> Files { get; private init; } = [];
    public List<string> Commands { get; private init; } = [];
    public List<string> Queries { get; private init; } = [];
    public List<string> Folders { get; private init; } = [];
    public List<string> Subjects { get; private init; } = [];
    public List<string> Cc { get; private init; } = [];
    public List<string> Bcc { get; private init; } = [];
    public List<string> Attachments { get; private init; } = [];
    public List<string> Includes { get; private init; } = [];
    public List<string> Addresses { get; private init; } = [];
    public List<string> Drafts { get; private init; } = [];
    public List<string> AliasQueries { get; private init; } = [];
    public List<string> MailboxTypes { get; private init; } = [];
    public bool SkipSystemFiles { get; private init; }
    public bool Dump { get; private init; }
    public bool ReadOnly { get; private init; }
    public bool MailboxList { get; private init; }
    public bool OpenFirstWithNewMail { get; private init; }
    public bool ExitIfEmpty { get; private init; }

    /// <summary>How <c>-F</c>, <c>-n</c> and <c>-e</c> ask for the muttrc to be read, in <paramref name="environment"/>.</summary>
    public Core.Config.MuttConfigLoadOptions LoadOptions(Core.Config.MuttEnvironment environment) => new()
    {
        Files = Files,
        SkipSystemFiles = SkipSystemFiles,
        Commands = MailboxTypeCommand() is { } command ? [.. Commands, command] : Commands,
        Environment = environment,
    };

    /// <summary>True when the invocation only reports configuration (<c>-D</c>, <c>-Q</c> or <c>-A</c>).</summary>
    public bool QueriesConfiguration => Dump || Queries.Count > 0 || AliasQueries.Count > 0;

    // -m is applied after the muttrc and -e, so it wins over both, as in Mutt.
    private string? MailboxTypeCommand() =>
        MailboxTypes.Count > 0 && KnownMailboxTypes.FirstOrDefault(t => t.Equals(MailboxTypes[^1], StringComparison.OrdinalIgnoreCase)) is { } type
            ? $"set mbox_type={type}"
            : null;

    /// <summary>Parses the arguments; on failure, the error says which flag was wrong, as getopt words it.</summary>
    public static bool TryParse(IReadOnlyList<string> args, out ReaderOptions options, out string? error)
    {
        options = new ReaderOptions();
        error = null;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg == "--")
            {
                options.Addresses.AddRange(args.Skip(i + 1));
                break;
            }
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                error = $"unrecognized option '{arg}'";
                return false;
            }
            if (arg.Length < 2 || arg[0] != '-')
            {
                options.Addresses.Add(arg);
                continue;
            }
            for (int j = 1; j < arg.Length; j++)
            {
                char flag = arg[j];
                if (SwitchFlags.TryGetValue(flag, out var apply))
                {
                    options = apply(options);
                    continue;
                }
                if (!ValueFlags.TryGetValue(flag, out var list))
                {
                    error = $"invalid option -- '{flag}'";
                    return false;
                }
                string? value = j + 1 < arg.Length ? arg[(j + 1)..] : i + 1 < args.Count ? args[++i] : null;
                if (value is null)
                {
                    error = $"option requires an argument -- '{flag}'";
                    return false;
                }
                list(options).Add(value);
                break;
            }
        }
        return true;
    }
}
