using MuttSharp.Core.Model;

namespace MuttSharp.Core.Search;

/// <summary>The outcome of <see cref="PatternSearch.FilterAsync"/>.</summary>
public sealed class PatternSearchResult
{
    internal PatternSearchResult(IReadOnlyList<Message> messages, bool[] matched, int filesRead, int regexTimeouts)
    {
        Matched = matched;
        FilesRead = filesRead;
        RegexTimeouts = regexTimeouts;
        var list = new List<Message>();
        for (int i = 0; i < matched.Length; i++)
        {
            if (matched[i])
                list.Add(messages[i]);
        }
        Matches = list;
    }

    /// <summary>For each input message, by its index in the input list, whether it matched.</summary>
    public IReadOnlyList<bool> Matched { get; }

    /// <summary>The matching messages in input order.</summary>
    public IReadOnlyList<Message> Matches { get; }

    /// <summary>How many message files were opened to decide (0 when no term needs one).</summary>
    public int FilesRead { get; }

    /// <summary>How many regular-expression runs hit the time limit and counted as no match.</summary>
    public int RegexTimeouts { get; }
}
