using MuttSharp.Core.Model;
using MuttSharp.Core.Search;

namespace MuttSharp.Core.Tests.Search;

/// <summary>Builds messages and contexts for pattern tests without touching the disk.</summary>
internal static class TestMessages
{
    /// <summary>"Name &lt;a@b&gt;" or "a@b", comma separated.</summary>
    public static IReadOnlyList<MailAddress> Addresses(string list) =>
        list.Length == 0
            ? MessageSummary.NoAddresses
            : list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Address).ToArray();

    public static MailAddress Address(string s)
    {
        int lt = s.IndexOf('<');
        return lt < 0 ? new MailAddress("", s) : new MailAddress(s[..lt].Trim(), s[(lt + 1)..s.IndexOf('>')]);
    }

    public static Message Make(
        int number = 0,
        string from = "",
        string to = "",
        string cc = "",
        string sender = "",
        string subject = "",
        string? date = null,
        string? received = null,
        MessageFlags flags = MessageFlags.Seen,
        string? id = null,
        string? inReplyTo = null,
        string[]? references = null,
        string? label = null,
        string contentType = "text/plain",
        long size = 1000,
        int headerLength = 0,
        string path = "")
    {
        var summary = new MessageSummary
        {
            From = Addresses(from),
            To = Addresses(to),
            Cc = Addresses(cc),
            Sender = Addresses(sender),
            Subject = subject,
            Date = date is null ? DateTimeOffset.MinValue : DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            Received = received is null ? DateTimeOffset.MinValue : DateTimeOffset.Parse(received, System.Globalization.CultureInfo.InvariantCulture),
            MessageId = id,
            InReplyTo = inReplyTo,
            References = references ?? MessageSummary.NoReferences,
            XLabel = label,
            ContentType = contentType,
            Size = size,
            HeaderLength = headerLength,
        };
        return new Message(number, path, summary, flags);
    }

    public static Pattern Parse(string text, PatternOptions? options = null)
    {
        Assert.True(PatternParser.TryParse(text, options ?? PatternOptions.Default, out var pattern, out var error),
            $"'{text}' should compile: {error}");
        return pattern!;
    }

    public static PatternError ParseError(string text, PatternOptions? options = null)
    {
        Assert.False(PatternParser.TryParse(text, options ?? PatternOptions.Default, out var pattern, out var error),
            $"'{text}' should not compile");
        Assert.Null(pattern);
        return error!;
    }

    /// <summary>The numbers of the messages that match, in order.</summary>
    public static int[] Matching(string pattern, IEnumerable<Message> messages, PatternContext? context = null)
    {
        var compiled = Parse(pattern);
        var ctx = context ?? new PatternContext();
        return messages.Where(m => compiled.Matches(m, ctx)).Select(m => m.Number).ToArray();
    }

    public static bool Matches(string pattern, Message message, PatternContext? context = null) =>
        Parse(pattern).Matches(message, context ?? new PatternContext());
}
