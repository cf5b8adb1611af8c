using System.Text;
using MuttSharp.Core.Compose;

namespace MuttSharp.Core.Tests.Compose;

/// <summary>Replies and forwards compared with what Mutt 2.2.12 sent for the same message and muttrc (TestData/Compose).</summary>
public sealed class MessageComposerTests
{
    public static TheoryData<string, string> MuttCases() => new()
    {
        { "reply-seed", "seed.eml" },
        { "reply", "list.eml" },
        { "reply-ignore-reply-to", "list.eml" },
        { "reply-sig-on-top", "list.eml" },
        { "reply-flowed", "list.eml" },
        { "group-reply", "list.eml" },
        { "group-reply-no-mft", "list.eml" },
        { "group-reply-metoo", "list.eml" },
        { "list-reply", "list.eml" },
        { "forward", "list.eml" },
        { "forward-quote", "list.eml" },
        { "forward-mime", "list.eml" },
    };

    [Theory]
    [MemberData(nameof(MuttCases))]
    public async Task TheMessageSentIsWhatMuttSends(string caseName, string original)
    {
        using var fixture = await ComposeFixture.LoadAsync(caseName);
        var draft = await ComposeAsync(fixture, caseName, ComposeFixture.Original(original));

        string sent = await fixture.SendTextAsync(draft);

        string expected = File.ReadAllText(ComposeFixture.TestData(caseName + ".expected.eml"), Encoding.Latin1);
        Assert.Equal(ComposeFixture.Normalize(expected), ComposeFixture.Normalize(sent));
    }

    [Theory]
    [MemberData(nameof(MuttCases))]
    public async Task TheEnvelopeRecipientsAreMutts(string caseName, string original)
    {
        using var fixture = await ComposeFixture.LoadAsync(caseName);
        var draft = await ComposeAsync(fixture, caseName, ComposeFixture.Original(original));
        new DraftWriter(fixture.Settings).Finish(draft);

        var expected = File.ReadAllLines(ComposeFixture.TestData(caseName + ".args")).SkipWhile(a => a != "--").Skip(1);
        Assert.Equal(expected, draft.Recipients());
    }

    private static async Task<Draft> ComposeAsync(ComposeFixture fixture, string caseName, OriginalMessage original)
    {
        var composer = new MessageComposer(fixture.Settings, fixture.Config.Environment);
        if (caseName.StartsWith("forward", StringComparison.Ordinal))
        {
            var draft = await composer.ForwardAsync([original]);
            draft.To.Add(new MimeKit.MailboxAddress("", "carol@example.com"));
            return draft;
        }
        var kind = caseName.StartsWith("group", StringComparison.Ordinal) ? DraftKind.GroupReply
            : caseName.StartsWith("list", StringComparison.Ordinal) ? DraftKind.ListReply
            : DraftKind.Reply;
        return await composer.ReplyAsync([original], kind);
    }
}
