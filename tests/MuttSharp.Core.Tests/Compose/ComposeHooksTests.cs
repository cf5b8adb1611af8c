using MimeKit;
using MuttSharp.Core.Compose;

namespace MuttSharp.Core.Tests.Compose;

public sealed class ComposeHooksTests
{
    private const string Hooks = """
        set from="Me Myself <me@example.org>"
        reply-hook '~f alice@example\.com' 'set attribution="Alice said:"'
        reply-hook '~f nobody@example\.com' 'set attribution="never"'
        send-hook . 'unmy_hdr X-Team'
        send-hook '~t dev@lists\.example\.net' 'my_hdr X-Team: dev'
        send-hook '~t dev@lists\.example\.net' 'set sig_dashes=no'

        """;

    [Fact]
    public async Task AReplyHookMatchingTheOriginalChangesTheAttribution()
    {
        using var fixture = await ComposeFixture.LoadAsync(null, Hooks);
        var original = ComposeFixture.Original("list.eml");

        Assert.Equal(1, await ComposeHooks.RunReplyHooksAsync(fixture.Config, [original]));
        var draft = await new MessageComposer(fixture.Settings, fixture.Config.Environment).ReplyAsync([original], DraftKind.Reply, (_, yes) => Task.FromResult(yes));

        Assert.StartsWith("Alice said:\n> Hello all,\n", draft.Body);
    }

    [Fact]
    public async Task SendHooksRunOnTheRecipientsBeforeTheTextIsWritten()
    {
        using var fixture = await ComposeFixture.LoadAsync(null, Hooks);
        File.WriteAllText(Path.Combine(fixture.Directory, "sig"), "Me\n");
        await fixture.Config.ExecuteAsync($"set signature=\"{Path.Combine(fixture.Directory, "sig")}\"");
        var composer = MessageComposer.ForConfig(fixture.Config);

        var toList = await composer.ReplyAsync([ComposeFixture.Original("list.eml")], DraftKind.ListReply, (_, yes) => Task.FromResult(yes));
        var toAlice = await composer.ReplyAsync([ComposeFixture.Original("seed.eml")], DraftKind.Reply, (_, yes) => Task.FromResult(yes));

        Assert.Equal(new KeyValuePair<string, string>("X-Team", "dev"), Assert.Single(toList.ExtraHeaders));
        Assert.EndsWith("> Alice\nMe\n", toList.Body);
        Assert.Empty(toAlice.ExtraHeaders);
    }
}
