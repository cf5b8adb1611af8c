using MuttSharp.Core.Model;

namespace MuttSharp.Core.Sorting;

/// <summary>
/// One sort method's order over a folder, computed once as a dense rank per message (equal
/// keys, equal rank) in the method's natural order (for <c>score</c> that is highest first),
/// before <c>reverse-</c> and tie-breaking. Sorting then compares integers, never messages.
/// </summary>
internal static class SortColumn
{
    /// <summary>How each method ranks a folder: the one table of Mutt's sort semantics.</summary>
    private static readonly Dictionary<SortMethod, Func<IReadOnlyList<Message>, SortInputs, int[]>> Rankers = new()
    {
        [SortMethod.Date] = (m, _) => RankNumbers(m, x => x.Summary.Date.ToUnixTimeSeconds()),
        [SortMethod.DateReceived] = (m, _) => RankNumbers(m, x => x.Summary.Received.ToUnixTimeSeconds()),
        [SortMethod.MailboxOrder] = (m, _) => RankNumbers(m, x => x.Number),
        [SortMethod.Score] = (m, _) => RankNumbers(m, x => -(long)x.Score),
        [SortMethod.Size] = (m, _) => RankNumbers(m, x => x.Summary.BodyLength),
        [SortMethod.From] = (m, _) => RankNames(m, x => x.Summary.From),
        [SortMethod.To] = (m, _) => RankNames(m, x => x.Summary.To),
        [SortMethod.Subject] = (m, inputs) => RankSubjects(m, inputs.RealSubjects()),
        [SortMethod.Label] = (m, _) => RankLabels(m),
        [SortMethod.Spam] = (m, inputs) => RankSpam(m, inputs.SpamTag),
    };

    /// <summary>The ranks for <paramref name="method"/>; <c>threads</c> as a secondary key means <c>date</c>, as in Mutt.</summary>
    public static int[] For(SortMethod method, IReadOnlyList<Message> messages, SortInputs inputs)
    {
        if (method is SortMethod.Threads or SortMethod.Aux)
            method = SortMethod.Date;
        return Rankers[method](messages, inputs);
    }

    private static int[] RankNumbers(IReadOnlyList<Message> messages, Func<Message, long> key)
    {
        var values = new long[messages.Count];
        for (int i = 0; i < values.Length; i++)
            values[i] = key(messages[i]);
        return RankNumbers(values);
    }

    private static int[] RankNumbers(long[] values)
    {
        var items = Identity(values.Length);
        var sorted = (long[])values.Clone();
        Array.Sort(sorted, items);
        var ranks = new int[values.Length];
        for (int p = 1; p < items.Length; p++)
            ranks[items[p]] = ranks[items[p - 1]] + (sorted[p] != sorted[p - 1] ? 1 : 0);
        return ranks;
    }

    /// <summary>Ranks by ordinal text; null texts rank after all others, equal among themselves.</summary>
    private static int[] RankTexts(string?[] texts)
    {
        var items = Identity(texts.Length);
        var keys = (string?[])texts.Clone();
        Array.Sort(keys, items, NullsLast.Instance);
        var ranks = new int[texts.Length];
        for (int p = 1; p < items.Length; p++)
            ranks[items[p]] = ranks[items[p - 1]] + (keys[p] != keys[p - 1] ? 1 : 0);
        return ranks;
    }

    /// <summary>Mutt's <c>from</c>/<c>to</c>: the first address's name, else the address, ASCII case folded, 127 characters.</summary>
    private static int[] RankNames(IReadOnlyList<Message> messages, Func<Message, IReadOnlyList<MailAddress>> addresses)
    {
        var names = new string?[messages.Count];
        for (int i = 0; i < names.Length; i++)
        {
            var list = addresses(messages[i]);
            names[i] = MuttText.FoldAscii(list.Count > 0 ? list[0].DisplayName : "", MuttText.NameCompareLength);
        }
        return RankTexts(names);
    }

    /// <summary>Mutt's <c>subject</c>: messages without a (real) subject first, among themselves by date; then real subjects case-folded.</summary>
    private static int[] RankSubjects(IReadOnlyList<Message> messages, IReadOnlyList<string?> subjects)
    {
        var folded = new string?[messages.Count];
        var dates = new long[messages.Count];
        int without = 0;
        for (int i = 0; i < folded.Length; i++)
        {
            folded[i] = subjects[i] is { } subject ? MuttText.FoldAscii(subject) : null;
            dates[i] = folded[i] is null ? messages[i].Summary.Date.ToUnixTimeSeconds() : long.MaxValue;
            without += folded[i] is null ? 1 : 0;
        }
        var byText = RankTexts(folded);
        var byDate = RankNumbers(dates);
        var ranks = new int[folded.Length];
        int dateLevels = 0;
        for (int i = 0; i < ranks.Length; i++)
        {
            if (folded[i] is null)
                dateLevels = Math.Max(dateLevels, byDate[i] + 1);
        }
        for (int i = 0; i < ranks.Length; i++)
            ranks[i] = folded[i] is null ? byDate[i] : dateLevels + byText[i];
        return ranks;
    }

    /// <summary>Mutt's <c>label</c>: labelled messages before unlabelled ones, labels case-folded.</summary>
    private static int[] RankLabels(IReadOnlyList<Message> messages)
    {
        var labels = new string?[messages.Count];
        for (int i = 0; i < labels.Length; i++)
            labels[i] = string.IsNullOrEmpty(messages[i].Summary.XLabel) ? null : MuttText.FoldAscii(messages[i].Summary.XLabel!);
        return RankTexts(labels);
    }

    /// <summary>
    /// Mutt's <c>spam</c>: untagged messages first; tags compare by their leading numbers, then by
    /// the text after them. Tags without a number come after numbered ones, by text, so that the
    /// order stays consistent whatever the tags say.
    /// </summary>
    private static int[] RankSpam(IReadOnlyList<Message> messages, Func<Message, string?>? spamTag)
    {
        var numbers = new double?[messages.Count];
        var rests = new string?[messages.Count];
        for (int i = 0; spamTag is not null && i < rests.Length; i++)
        {
            if (spamTag(messages[i]) is { } tag)
                MuttText.SplitLeadingNumber(tag, out numbers[i], out rests[i]);
        }
        Comparison<int> compare = (a, b) =>
        {
            string? x = rests[a], y = rests[b];
            if (x is null || y is null)
                return (x is null ? 0 : 1) - (y is null ? 0 : 1);
            if (numbers[a].HasValue != numbers[b].HasValue)
                return numbers[a].HasValue ? -1 : 1;
            int c = Nullable.Compare(numbers[a], numbers[b]);
            return c != 0 ? c : string.CompareOrdinal(x, y);
        };
        var items = Identity(messages.Count);
        Array.Sort(items, compare);
        var ranks = new int[items.Length];
        for (int p = 1; p < items.Length; p++)
            ranks[items[p]] = ranks[items[p - 1]] + (compare(items[p - 1], items[p]) != 0 ? 1 : 0);
        return ranks;
    }

    private static int[] Identity(int count)
    {
        var items = new int[count];
        for (int i = 0; i < count; i++)
            items[i] = i;
        return items;
    }

    private sealed class NullsLast : IComparer<string?>
    {
        public static readonly NullsLast Instance = new();

        public int Compare(string? x, string? y) =>
            x is null || y is null ? (x is null ? 1 : 0) - (y is null ? 1 : 0) : string.CompareOrdinal(x, y);
    }
}
