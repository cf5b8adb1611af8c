using System.Text.Json;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Tests.Threading;

/// <summary>Builds messages for threading and sorting tests; the two folders mirror the ones the golden files were rendered from.</summary>
internal static class TestMessages
{
    private const long Epoch = 1700000000;

    public static Message Make(
        int number,
        string id,
        string subject,
        int day,
        string from = "Someone",
        string? inReplyTo = null,
        string[]? references = null,
        string to = "list",
        int? receivedDay = null,
        long size = 0,
        int score = 0,
        bool read = true,
        string? label = null)
    {
        var summary = new MessageSummary
        {
            MessageId = id.Length == 0 ? null : id + "@x",
            InReplyTo = inReplyTo is null ? null : inReplyTo + "@x",
            References = references?.Select(r => r + "@x").ToList() ?? MessageSummary.NoReferences,
            Subject = subject,
            Date = DateTimeOffset.FromUnixTimeSeconds(Epoch + day * 86400L),
            Received = DateTimeOffset.FromUnixTimeSeconds(Epoch + (receivedDay ?? day) * 86400L),
            From = [Address(from)],
            To = [new MailAddress(to, to.ToLowerInvariant() + "@example.com")],
            Size = size,
            XLabel = label,
        };
        return new Message(number, $"/mail/cur/{number}", summary, read ? MessageFlags.Seen : MessageFlags.New) { Score = score };
    }

    /// <summary>"@addr" is an address without a display name.</summary>
    private static MailAddress Address(string from) =>
        from.StartsWith('@') ? new MailAddress("", from[1..]) : new MailAddress(from, from.ToLowerInvariant() + "@example.com");

    /// <summary>
    /// A folder with every threading case: a reply tree, a pseudo-thread, a missing parent with two
    /// replies, a duplicate Message-ID, a subject change, a reference loop and a two-deep missing chain.
    /// </summary>
    public static List<Message> ThreadFolder() => Build(
    [
        ("a1", null, [], "Hello", 1, "Alice"),
        ("a2", "a1", [], "Re: Hello", 2, "Bob"),
        ("a3", "a2", ["a1", "a2"], "Re: Hello", 3, "Carol"),
        ("a4", "a1", [], "Re: Hello", 4, "Dave"),
        ("a5", null, [], "Re: Hello", 5, "Eve"),
        ("b2", "bX", ["bX"], "Re: Missing", 6, "Frank"),
        ("b3", "bX", [], "Re: Missing", 7, "Grace"),
        ("a1", null, [], "Hello", 8, "Heidi"),
        ("c1", null, [], "Other topic", 9, "Ivan"),
        ("c2", "c1", [], "Changed subject", 10, "Judy"),
        ("c3", "c2", ["c1", "c2"], "Re: Changed subject", 11, "Ken"),
        ("l1", null, ["l2"], "Loop", 12, "Leo"),
        ("l2", null, ["l1"], "Re: Loop", 13, "Mia"),
        ("d3", "dY", ["dX", "dY"], "Deep missing", 14, "Ned"),
        ("c4", "c1", [], "Re: Other topic", 15, "Olga"),
        ("c5", "c4", [], "Re: Other topic", 16, "Pat"),
        ("c6", "c2", [], "Re: Changed subject", 17, "Quin"),
    ]);

    /// <summary>
    /// Pseudo-threads at their hardest: a missing parent joining by subject, replies sent before
    /// their subject's first message, a subject change inside a thread attracting later replies.
    /// </summary>
    public static List<Message> PseudoFolder() => Build(
    [
        ("x1", null, [], "Topic", 1, "A"),
        ("y2", "yM", [], "Re: Topic", 3, "B"),
        ("y3", "yM", [], "Re: Topic", 4, "C"),
        ("z1", null, [], "Re: Topic", 2, "D"),
        ("w1", null, [], "Other", 5, "E"),
        ("w2", null, [], "Re: Other", 6, "F"),
        ("w3", "w1", [], "Re: Topic", 7, "G"),
        ("v1", null, [], "Re: Topic", 8, "H"),
        ("u1", "yM", [], "Re: Different", 9, "I"),
        ("t1", null, [], "Re: Different", 10, "J"),
        ("s1", "x1", [], "Re: Topic", 1, "K"),
    ]);

    /// <summary>A folder for the sort methods: ties in date, names differing in case, reply prefixes in several spellings.</summary>
    public static List<Message> SortFolder()
    {
        (string Id, string? Irt, string Subject, int Day, string From, string To)[] rows =
        [
            ("f1", null, "banana", 5, "zed", "Anna"),
            ("f2", null, "Re: apple", 3, "Bob", "bert"),
            ("f3", null, "Apple", 3, "alice", "Carl"),
            ("f4", null, "cherry", 1, "@bob@example.com", "anna"),
            ("f5", "f3", "Re: Apple", 8, "Alice", "Dora"),
            ("f6", null, "RE[2]: banana", 2, "Émile", "Zoe"),
            ("f7", null, "re:cherry", 5, "bob", "Anna"),
            ("f8", "f1", "Re: banana", 6, "Zed", "ed"),
            ("f9", "f8", "Re: banana", 4, "Yan", "ed"),
            ("f10", "f1", "Re: banana", 7, "Xi", "ed"),
        ];
        return rows.Select((r, i) => Make(i, r.Id, r.Subject, r.Day, r.From, r.Irt, to: r.To)).ToList();
    }

    /// <summary>A folder stored as JSON rows <c>[id, in-reply-to, [references], subject, day, from]</c>.</summary>
    public static List<Message> FromJson(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray().Select((row, i) => Make(
            i,
            row[0].GetString()!,
            row[3].GetString()!,
            row[4].GetInt32(),
            row[5].GetString()!,
            row[1].ValueKind == JsonValueKind.Null ? null : row[1].GetString(),
            [.. row[2].EnumerateArray().Select(r => r.GetString()!)])).ToList();
    }

    private static List<Message> Build((string Id, string? Irt, string[] Refs, string Subject, int Day, string From)[] rows) =>
        rows.Select((r, i) => Make(i, r.Id, r.Subject, r.Day, r.From, r.Irt, r.Refs)).ToList();
}
