using MuttSharp.Core.Config.Variables;

namespace MuttSharp.Core.Config.Muttrc.Commands;

/// <summary>
/// A command that adds its arguments to some lists and removes them from others (<c>ignore</c> adds to the
/// ignore list and takes the header off the unignore list; <c>unignore *</c> empties the ignore list).
/// Entries compare case-insensitively and are not duplicated; removing <c>*</c> empties a list.
/// </summary>
internal sealed class ListCommand : BuiltinCommand
{
    private readonly Func<MuttConfig, List<string>>[] _adds;
    private readonly Func<MuttConfig, List<string>>[] _removes;
    private readonly bool _regex;
    private readonly bool _groups;
    private readonly bool _starIsEntry;

    /// <param name="name">The command word.</param>
    /// <param name="adds">Lists each argument is added to.</param>
    /// <param name="removes">Lists each argument is removed from.</param>
    /// <param name="regex">Arguments are regexes and are checked as such.</param>
    /// <param name="groups"><c>-group name</c> options are accepted and the regexes added to those groups.</param>
    /// <param name="starIsEntry"><c>*</c> is added like any entry (<c>ignore *</c> hides every header) besides emptying the removed-from lists.</param>
    public ListCommand(string name, Func<MuttConfig, List<string>>[] adds, Func<MuttConfig, List<string>>[] removes, bool regex = false, bool groups = false, bool starIsEntry = false)
        : base(name)
    {
        _starIsEntry = starIsEntry;
        _adds = adds;
        _removes = removes;
        _regex = regex;
        _groups = groups;
    }

    protected override string? Run(MuttrcCommandContext context, MuttrcArguments args)
    {
        var config = context.Config;
        var groups = new List<string>();
        var items = new List<string>();
        while (args.MoreArgs)
        {
            string token = args.Next();
            if (_groups && token == "-group")
            {
                if (!args.MoreArgs)
                    return "-group: missing group name";
                groups.Add(args.Next());
                continue;
            }
            if (_regex && token != "*" && !VariableValues.TryCompile(token, out _, out string? reason))
                return $"{token}: {reason}";
            items.Add(token);
        }
        foreach (string item in items)
        {
            foreach (var remove in _removes)
                Remove(remove(config), item);
            if (item == "*" && !_starIsEntry)
                continue;
            foreach (var add in _adds)
                Add(add(config), item);
            foreach (string group in groups)
                Add(GroupCommand.Find(config, group).Patterns, item);
        }
        return null;
    }

    internal static void Add(List<string> list, string item)
    {
        if (!list.Exists(existing => string.Equals(existing, item, StringComparison.OrdinalIgnoreCase)))
            list.Add(item);
    }

    internal static void Remove(List<string> list, string item)
    {
        if (item == "*")
            list.Clear();
        else
            list.RemoveAll(existing => string.Equals(existing, item, StringComparison.OrdinalIgnoreCase));
    }
}
