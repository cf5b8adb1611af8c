namespace MuttSharp.Core.Config.Muttrc.Commands;

/// <summary>
/// <c>attachments {+|-}disposition mime-type...</c> and <c>unattachments</c> (disposition <c>A</c>ttachment,
/// <c>I</c>nline or <c>root</c>; without a sign, <c>+</c>). <c>attachments ?</c> is a query and changes nothing.
/// </summary>
internal sealed class AttachmentsCommand(string name, bool remove) : BuiltinCommand(name)
{
    private static readonly Dictionary<string, string> Dispositions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = "A", ["attachment"] = "A", ["i"] = "I", ["inline"] = "I", ["root"] = "root",
    };

    protected override string? Run(MuttrcCommandContext context, MuttrcArguments args)
    {
        if (!args.MoreArgs)
            return $"{Name}: no disposition";
        string first = args.Next();
        if (first == "?")
            return null;
        bool include = !first.StartsWith('-');
        string word = first.TrimStart('+', '-');
        if (!Dispositions.TryGetValue(word, out string? disposition))
            return $"{Name}: invalid disposition";
        var rules = context.Config.AttachmentList;
        foreach (string type in args.RemainingTokens())
        {
            string mimeType = type.Contains('/') ? type : type + "/.*";
            var rule = new MuttAttachmentRule(include, disposition, mimeType);
            if (remove)
            {
                rules.RemoveAll(existing => existing == rule || (type == "*" && existing.Include == include && existing.Disposition == disposition));
            }
            else if (!rules.Contains(rule))
            {
                rules.Add(rule);
            }
        }
        return null;
    }
}
