namespace MuttSharp.Core.Config.Muttrc.Commands;

/// <summary><c>score pattern value</c> (value <c>[=]number</c>; the same pattern replaces its earlier value) and <c>unscore pattern... | *</c>.</summary>
internal sealed class ScoreCommand(string name, bool remove) : BuiltinCommand(name)
{
    protected override string? Run(MuttrcCommandContext context, MuttrcArguments args)
    {
        var scores = context.Config.ScoreList;
        if (remove)
        {
            foreach (string pattern in args.RemainingTokens())
            {
                if (pattern == "*")
                    scores.Clear();
                else
                    scores.RemoveAll(score => score.Pattern == pattern);
            }
            return null;
        }
        var tokens = args.RemainingTokens();
        if (tokens.Count < 2)
            return "score: too few arguments";
        if (tokens.Count > 2)
            return "score: too many arguments";
        string value = tokens[1];
        string digits = value.StartsWith('=') ? value[1..] : value;
        if (!int.TryParse(digits, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _))
            return "Error: score: invalid number";
        int index = scores.FindIndex(score => score.Pattern == tokens[0]);
        var rule = new MuttScore(tokens[0], value);
        if (index >= 0)
            scores[index] = rule;
        else
            scores.Add(rule);
        return null;
    }
}
