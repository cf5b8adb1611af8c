using MuttSharp.Core.Model;

namespace MuttSharp.Core.Search;

/// <summary>What follows a pattern letter.</summary>
internal enum PatternArgument
{
    None,

    /// <summary>EXPR (regex), STRING (with <c>=</c>) or GROUP (with <c>%</c>).</summary>
    Text,

    /// <summary>A Mutt date range.</summary>
    Date,

    /// <summary>A number range.</summary>
    Range,

    /// <summary>A number range that may name messages with <c>. ^ $</c>.</summary>
    MessageRange,
}

/// <summary>What the parser hands a modifier's factory.</summary>
internal readonly record struct ModifierInput(
    TextMatcher? Matcher, NumberRange? Range, string? DateArgument, bool AllAddresses, bool AliasesOnly);

/// <summary>One row of the pattern table: the letter after <c>~</c>, its argument, Mutt's description and the term it builds.</summary>
internal sealed record PatternModifier(
    char Letter, PatternArgument Argument, bool ScansFiles, string Description, Func<ModifierInput, Pattern> Build)
{
    /// <summary>Every Mutt 2.2 pattern modifier (manual table 4.4), in Mutt's order.</summary>
    public static readonly IReadOnlyList<PatternModifier> All =
    [
        new('A', PatternArgument.None, false, "all messages", _ => Flag((_, _) => true)),
        new('b', PatternArgument.Text, true, "messages whose body matches EXPR", i => new ContentPattern(i.Matcher!, ContentScope.Body)),
        new('B', PatternArgument.Text, true, "messages whose body or headers match EXPR", i => new ContentPattern(i.Matcher!, ContentScope.Whole)),
        new('c', PatternArgument.Text, false, "messages whose CC header matches EXPR", i => Addresses(i, s => [s.Cc])),
        new('C', PatternArgument.Text, false, "messages whose recipient matches EXPR", i => Addresses(i, s => [s.To, s.Cc])),
        new('d', PatternArgument.Date, false, "messages sent in DATERANGE", i => new DatePattern(i.DateArgument!, received: false)),
        new('D', PatternArgument.None, false, "deleted messages", _ => Flag((m, _) => m.Deleted)),
        new('e', PatternArgument.Text, false, "messages whose Sender header matches EXPR", i => Addresses(i, s => [s.Sender])),
        new('E', PatternArgument.None, false, "expired messages",
            _ => new ContentPredicatePattern(ContentParts.Headers, (c, ctx) => c.Expires is { } e && e < ctx.Clock.GetUtcNow())),
        new('f', PatternArgument.Text, false, "messages whose From header matches EXPR", i => Addresses(i, s => [s.From])),
        new('F', PatternArgument.None, false, "flagged messages", _ => Flag((m, _) => (m.Flags & MessageFlags.Flagged) != 0)),
        new('g', PatternArgument.None, false, "cryptographically signed messages", _ => Flag((m, _) => IsSigned(m.Summary.ContentType))),
        new('G', PatternArgument.None, false, "cryptographically encrypted messages", _ => Flag((m, _) => IsEncrypted(m.Summary.ContentType))),
        new('h', PatternArgument.Text, true, "messages whose header matches EXPR", i => new ContentPattern(i.Matcher!, ContentScope.Headers)),
        new('H', PatternArgument.Text, false, "messages whose spam tag matches EXPR",
            i => new FieldPattern(i.Matcher!, (m, ctx) => [ctx.SpamAttribute?.Invoke(m)])),
        new('i', PatternArgument.Text, false, "messages whose Message-ID matches EXPR",
            i => new FieldPattern(i.Matcher!, (m, _) => [Bracketed(m.Summary.MessageId)])),
        new('k', PatternArgument.None, false, "messages which contain PGP key",
            _ => new ContentPredicatePattern(ContentParts.Structure, (c, _) => c.MimeTypes.Contains("application/pgp-keys"))),
        new('l', PatternArgument.None, false, "messages addressed to known mailing lists",
            i => Addresses(i, s => [s.To, s.Cc], (a, ctx) => IsIn(ctx.KnownLists, a) || IsIn(ctx.SubscribedLists, a))),
        new('L', PatternArgument.Text, false, "messages whose From/Sender/To/CC matches EXPR",
            i => Addresses(i, s => [s.From, s.Sender, s.To, s.Cc])),
        new('m', PatternArgument.MessageRange, false, "messages whose number is in RANGE", i => Range(i, (m, _) => m.Number + 1)),
        new('M', PatternArgument.Text, false, "messages with a Content-Type matching EXPR",
            i => new ContentPredicatePattern(ContentParts.Structure,
                (c, ctx) => c.MimeTypes.Any(t => i.Matcher!.IsMatch(t, ctx)),
                (m, ctx) => i.Matcher!.IsMatch(m.Summary.ContentType, ctx))),
        new('n', PatternArgument.Range, false, "messages whose score is in RANGE", i => Range(i, (m, _) => m.Score)),
        new('N', PatternArgument.None, false, "new messages", _ => Flag((m, _) => m.IsNew)),
        new('O', PatternArgument.None, false, "old messages", _ => Flag((m, _) => m.IsOld)),
        new('p', PatternArgument.None, false, "messages addressed to you", i => Addresses(i, s => [s.To, s.Cc], (a, ctx) => IsIn(ctx.Me, a))),
        new('P', PatternArgument.None, false, "messages from you", i => Addresses(i, s => [s.From], (a, ctx) => IsIn(ctx.Me, a))),
        new('Q', PatternArgument.None, false, "messages which have been replied to", _ => Flag((m, _) => (m.Flags & MessageFlags.Replied) != 0)),
        new('r', PatternArgument.Date, false, "messages received in DATERANGE", i => new DatePattern(i.DateArgument!, received: true)),
        new('R', PatternArgument.None, false, "already read messages", _ => Flag((m, _) => m.IsRead)),
        new('s', PatternArgument.Text, false, "messages whose Subject header matches EXPR",
            i => new FieldPattern(i.Matcher!, (m, _) => [m.Summary.Subject])),
        new('S', PatternArgument.None, false, "superseded messages",
            _ => new PredicatePattern((m, ctx) => m.Summary.MessageId is { } id && (ctx.SupersededIds ?? ctx.CollectedSupersededIds) is { } ids && ids.Contains(id), usesSuperseded: true)),
        new('t', PatternArgument.Text, false, "messages whose To header matches EXPR", i => Addresses(i, s => [s.To])),
        new('T', PatternArgument.None, false, "tagged messages", _ => Flag((m, _) => m.Tagged)),
        new('u', PatternArgument.None, false, "messages addressed to subscribed mailing lists",
            i => Addresses(i, s => [s.To, s.Cc], (a, ctx) => IsIn(ctx.SubscribedLists, a))),
        new('U', PatternArgument.None, false, "unread messages", _ => Flag((m, _) => !m.IsRead)),
        new('v', PatternArgument.None, false, "messages in collapsed threads", _ => Flag((m, ctx) => ctx.IsInCollapsedThread?.Invoke(m) ?? false)),
        // Verifying a signature needs the crypto layer; until it exists no message counts as verified.
        new('V', PatternArgument.None, false, "cryptographically verified messages", _ => Flag((_, _) => false)),
        new('x', PatternArgument.Text, false, "messages whose References header matches EXPR",
            i => new FieldPattern(i.Matcher!, (m, _) => m.Summary.References.Select(Bracketed).Append(Bracketed(m.Summary.InReplyTo)))),
        new('X', PatternArgument.Range, true, "messages with RANGE attachments",
            i => new RangePattern(i.Range!, ContentParts.Structure, (m, scope) => scope.Content(m, ContentParts.Structure)?.AttachmentCount)),
        new('y', PatternArgument.Text, false, "messages whose X-Label header matches EXPR",
            i => new FieldPattern(i.Matcher!, (m, _) => [m.Summary.XLabel])),
        new('z', PatternArgument.Range, false, "messages whose size is in RANGE", i => Range(i, (m, _) => m.Summary.BodyLength)),
        new('=', PatternArgument.None, false, "duplicated messages", _ => Flag((m, ctx) => ctx.IsDuplicate?.Invoke(m) ?? false)),
        new('$', PatternArgument.None, false, "unreferenced messages", _ => Flag((m, ctx) => ctx.Unreferenced(m))),
    ];

    private static readonly Dictionary<char, PatternModifier> ByLetter = All.ToDictionary(m => m.Letter);

    public static PatternModifier? Find(char letter) => ByLetter.GetValueOrDefault(letter);

    private static PredicatePattern Flag(Func<Message, PatternContext, bool> test) => new(test);

    private static RangePattern Range(ModifierInput i, Func<Message, PatternContext, long> value) =>
        new(i.Range!, ContentParts.None, (m, scope) => value(m, scope.Context));

    // Mutt matches the mailbox and, separately, the personal name of each address.
    private static AddressPattern Addresses(ModifierInput i, Func<MessageSummary, IEnumerable<IReadOnlyList<MailAddress>>> lists) =>
        Addresses(i, lists, (a, ctx) => i.Matcher!.IsMatch(a.Address, ctx) || (a.Name.Length > 0 && i.Matcher.IsMatch(a.Name, ctx)));

    private static AddressPattern Addresses(ModifierInput i, Func<MessageSummary, IEnumerable<IReadOnlyList<MailAddress>>> lists,
        Func<MailAddress, PatternContext, bool> test) => new(lists, test, i.AllAddresses, i.AliasesOnly);

    private static bool IsIn(IAddressMatcher? set, MailAddress a) => set is not null && set.Matches(a.Address);

    private static string? Bracketed(string? id) => string.IsNullOrEmpty(id) ? null : "<" + id + ">";

    // Mutt's ~z compares the body length, not the file size.

    private static bool IsSigned(string contentType) => contentType is "multipart/signed" or "application/pkcs7-signature";

    private static bool IsEncrypted(string contentType) =>
        contentType is "multipart/encrypted" or "application/pkcs7-mime" or "application/x-pkcs7-mime" or "application/pgp-encrypted";
}
