using MuttSharp.Core.Config;
using MuttSharp.Core.Model;
using MuttSharp.Core.Reading;
using MuttSharp.Core.Search;

namespace MuttSharp.Core.Compose;

/// <summary>
/// <c>reply-hook</c> and <c>send-hook</c>: each hook whose pattern (a Mutt <c>~</c> pattern; a bare regex
/// means <c>~f</c> or <c>~s</c> by <c>$simple_search</c>) matches runs its command, in order, as Mutt runs
/// them: reply-hooks against the message answered, then send-hooks against the message being written.
/// A hook pattern that does not parse matches nothing.
/// </summary>
public static class ComposeHooks
{
    /// <summary>Runs the <c>reply-hook</c>s matching any of <paramref name="originals"/>.</summary>
    public static Task<int> RunReplyHooksAsync(MuttConfig config, IReadOnlyList<OriginalMessage> originals, CancellationToken cancellationToken = default) =>
        RunAsync(config, "reply-hook", originals.Select(o => o.Message).ToArray(), cancellationToken);

    /// <summary>Runs the <c>send-hook</c>s matching the draft (its From, To, Cc and Subject).</summary>
    public static Task<int> RunSendHooksAsync(MuttConfig config, Draft draft, CancellationToken cancellationToken = default) =>
        RunAsync(config, "send-hook", [AsMessage(draft)], cancellationToken);

    private static Task<int> RunAsync(MuttConfig config, string kind, Message[] messages, CancellationToken cancellationToken)
    {
        var reader = new ReaderSettings(config);
        var options = reader.Patterns();
        var context = new PatternContext { Me = reader.Me(), KnownLists = reader.KnownLists(), SubscribedLists = reader.SubscribedLists(), MessageCount = messages.Length };
        return config.RunHooksAsync(kind, text =>
            PatternParser.TryParse(text, options, out var pattern, out _) && messages.Any(m => pattern!.Matches(m, context)), cancellationToken);
    }

    /// <summary>The draft as the message patterns see one: its addresses and subject.</summary>
    private static Message AsMessage(Draft draft)
    {
        static IReadOnlyList<MailAddress> Addresses(MimeKit.InternetAddressList list) =>
            list.Mailboxes.Select(m => new MailAddress(m.Name ?? "", m.Address)).ToArray();
        var summary = new MessageSummary
        {
            From = Addresses(draft.From),
            To = Addresses(draft.To),
            Cc = Addresses(draft.Cc),
            ReplyTo = Addresses(draft.ReplyTo),
            Subject = draft.Subject,
        };
        return new Message(0, "", summary, MessageFlags.Seen);
    }
}
