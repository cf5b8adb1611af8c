using MuttSharp.Core.Model;

namespace MuttSharp.Core.Sorting;

/// <summary>
/// The values one sort method compares, taken out of the messages once so that sorting 100k
/// messages compares arrays, not objects. <see cref="Compare"/> is the method's natural order
/// (for <c>score</c> that is highest first), before <c>reverse-</c> and tie-breaking.
/// </summary>
internal abstract class SortColumn
{
    /// <summary>How each method builds its column: the one table of sort semantics.</summary>
    private static readonly Dictionary<SortMethod, Func<IReadOnlyList<Message>, SortInputs, SortColumn>> Factories = new()
    {
        [SortMethod.Date] = (m, _) => Numbers(m, x => x.Summary.Date.ToUnixTimeSeconds()),
        [SortMethod.DateReceived] = (m, _) => Numbers(m, x => x.Summary.Received.ToUnixTimeSeconds()),
        [SortMethod.MailboxOrder] = (m, _) => Numbers(m, x => x.Number),
        [SortMethod.Score] = (m, _) => Numbers(m, x => -(long)x.Score),
        [SortMethod.Size] = (m, _) => Numbers(m, x => x.Summary.BodyLength),
        [SortMethod.From] = (m, _) => new NameColumn(m, x => x.Summary.From),
        [SortMethod.To] = (m, _) => new NameColumn(m, x => x.Summary.To),
        [SortMethod.Subject] = (m, inputs) => new SubjectColumn(inputs.RealSubjects(), Numbers(m, x => x.Summary.Date.ToUnixTimeSeconds())),
        [SortMethod.Label] = (m, _) => new LabelColumn(m),
        [SortMethod.Spam] = (m, inputs) => new SpamColumn(m, inputs.SpamTag),
    };

    public abstract int Compare(int a, int b);

    /// <summary>The column for <paramref name="method"/>; <c>threads</c> as a secondary key means <c>date</c>, as in Mutt.</summary>
    public static SortColumn For(SortMethod method, IReadOnlyList<Message> messages, SortInputs inputs)
    {
        if (method is SortMethod.Threads or SortMethod.Aux)
            method = SortMethod.Date;
        return Factories[method](messages, inputs);
    }

    private static NumberColumn Numbers(IReadOnlyList<Message> messages, Func<Message, long> key)
    {
        var values = new long[messages.Count];
        for (int i = 0; i < values.Length; i++)
            values[i] = key(messages[i]);
        return new NumberColumn(values);
    }

    private sealed class NumberColumn(long[] values) : SortColumn
    {
        public override int Compare(int a, int b) => values[a].CompareTo(values[b]);
    }

    /// <summary>Mutt's <c>from</c>/<c>to</c>: the first address's name, else the address, case-folded.</summary>
    private sealed class NameColumn : SortColumn
    {
        private readonly string[] _names;

        public NameColumn(IReadOnlyList<Message> messages, Func<Message, IReadOnlyList<MailAddress>> addresses)
        {
            _names = new string[messages.Count];
            for (int i = 0; i < _names.Length; i++)
            {
                var list = addresses(messages[i]);
                _names[i] = list.Count > 0 ? list[0].DisplayName : "";
            }
        }

        public override int Compare(int a, int b) =>
            MuttText.CompareIgnoreAsciiCase(_names[a], _names[b], MuttText.NameCompareLength);
    }

    /// <summary>Mutt's <c>subject</c>: real subjects case-folded; messages without one first, among themselves by date.</summary>
    private sealed class SubjectColumn(IReadOnlyList<string?> subjects, NumberColumn dates) : SortColumn
    {
        public override int Compare(int a, int b)
        {
            string? x = subjects[a], y = subjects[b];
            if (x is null)
                return y is null ? dates.Compare(a, b) : -1;
            return y is null ? 1 : MuttText.CompareIgnoreAsciiCase(x, y);
        }
    }

    /// <summary>Mutt's <c>label</c>: labelled messages before unlabelled ones, labels case-folded.</summary>
    private sealed class LabelColumn : SortColumn
    {
        private readonly string?[] _labels;

        public LabelColumn(IReadOnlyList<Message> messages)
        {
            _labels = new string?[messages.Count];
            for (int i = 0; i < _labels.Length; i++)
                _labels[i] = string.IsNullOrEmpty(messages[i].Summary.XLabel) ? null : messages[i].Summary.XLabel;
        }

        public override int Compare(int a, int b)
        {
            string? x = _labels[a], y = _labels[b];
            if (x is null || y is null)
                return (x is null ? 1 : 0) - (y is null ? 1 : 0);
            return MuttText.CompareIgnoreAsciiCase(x, y);
        }
    }

    /// <summary>
    /// Mutt's <c>spam</c>: untagged messages first; two tags compare by their leading numbers, then
    /// by the text after them; a tag without a number compares as text.
    /// </summary>
    private sealed class SpamColumn : SortColumn
    {
        private readonly double?[] _numbers;
        private readonly string?[] _rests;

        public SpamColumn(IReadOnlyList<Message> messages, Func<Message, string?>? spamTag)
        {
            _numbers = new double?[messages.Count];
            _rests = new string?[messages.Count];
            if (spamTag is null)
                return;
            for (int i = 0; i < _rests.Length; i++)
            {
                string? tag = spamTag(messages[i]);
                if (tag is null)
                    continue;
                MuttText.SplitLeadingNumber(tag, out _numbers[i], out string rest);
                _rests[i] = rest;
            }
        }

        public override int Compare(int a, int b)
        {
            string? x = _rests[a], y = _rests[b];
            if (x is null || y is null)
                return (x is null ? 0 : 1) - (y is null ? 0 : 1);
            if (_numbers[a] is double p && _numbers[b] is double q && p != q)
                return p.CompareTo(q);
            return string.CompareOrdinal(x, y);
        }
    }
}
