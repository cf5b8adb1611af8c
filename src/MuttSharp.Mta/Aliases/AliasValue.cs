using System.Text;

namespace MuttSharp.Mta.Aliases;

/// <summary>
/// Reads the right-hand side of an alias (aliases(5)): items separated by commas; an item in double
/// quotes keeps its commas and blanks; <c>|command</c>, <c>/file</c>, <c>:include:/file</c> or an address.
/// </summary>
public static class AliasValue
{
    private const string IncludePrefix = ":include:";

    /// <summary>Splits and classifies a value; false with what was expected when it is malformed.</summary>
    public static bool TryParse(string value, out IReadOnlyList<AliasTarget> targets, out string error)
    {
        var result = new List<AliasTarget>();
        targets = result;
        var item = new StringBuilder();
        bool quoted = false, wasQuoted = false;
        for (int i = 0; i <= value.Length; i++)
        {
            char c = i < value.Length ? value[i] : ',';
            if (c == '"')
            {
                quoted = !quoted;
                wasQuoted = true;
                continue;
            }
            if (c == '\\' && quoted && i + 1 < value.Length)
            {
                item.Append(value[++i]);
                continue;
            }
            if (c == ',' && !quoted)
            {
                if (!TryClassify(item.ToString().Trim(), wasQuoted, result, out error))
                    return false;
                item.Clear();
                wasQuoted = false;
                continue;
            }
            item.Append(c);
        }
        if (quoted)
        {
            error = "missing closing '\"' in alias value";
            return false;
        }
        if (result.Count == 0)
        {
            error = "empty alias value: expected addresses, \"|command\", /file or :include:/file";
            return false;
        }
        error = "";
        return true;
    }

    private static bool TryClassify(string text, bool wasQuoted, List<AliasTarget> result, out string error)
    {
        error = "";
        if (text.Length == 0)
            return true;
        if (text.StartsWith('|'))
        {
            string command = text[1..].Trim();
            if (command.Length == 0)
            {
                error = "empty command after '|'";
                return false;
            }
            result.Add(new AliasTarget(AliasTargetKind.Command, command));
        }
        else if (text.StartsWith(IncludePrefix, StringComparison.OrdinalIgnoreCase))
        {
            string path = text[IncludePrefix.Length..].Trim();
            if (!path.StartsWith('/'))
            {
                error = $"bad include \"{text}\": expected :include:/absolute/path";
                return false;
            }
            result.Add(new AliasTarget(AliasTargetKind.Include, path));
        }
        else if (text.StartsWith('/'))
        {
            result.Add(new AliasTarget(AliasTargetKind.File, text));
        }
        else if (!wasQuoted && text.Any(char.IsWhiteSpace))
        {
            error = $"bad address \"{text}\": separate addresses with commas, or quote a command";
            return false;
        }
        else
        {
            result.Add(new AliasTarget(AliasTargetKind.Address, text));
        }
        return true;
    }
}
