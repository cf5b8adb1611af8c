using MimeKit;
using MuttSharp.Core.Compose;
using MuttSharp.Core.Sending;
using MuttSharp.Tui.Compose;
using MuttSharp.Tui.Tests.Support;
using static MuttSharp.Tui.Tests.Compose.ComposeFunctionsTests;

namespace MuttSharp.Tui.Tests.Compose;

/// <summary><c>R</c> and <c>$recall</c>: one draft recalled at once, several listed in the Postponed Messages menu.</summary>
public sealed class RecallFunctionsTests
{
    private const string Muttrc = """
        set postponed="~/postponed"
        set editor=true
        set index_format="%4C %Z %s"

        """;

    [Fact]
    public async Task SeveralDraftsOpenTheMenuAndEnterRecallsThePickedOne()
    {
        using var h = await StartAsync(Muttrc);
        Register(h);
        await PostponeAsync(h, "First draft", "Second draft");

        h.Type("R");
        await UntilAsync(h, () => h.Shell.Top is PostponedView);
        Assert.Contains("-- Mutt: Postponed Messages", h.Screen);
        Assert.Contains("First draft", h.Screen);
        Assert.Contains("Second draft", h.Screen);
        h.Type("j<enter>");
        await UntilAsync(h, () => h.Shell.Top is ComposeView);

        Assert.Equal("Second draft", ((ComposeView)h.Shell.Top!).Draft.Subject);
        Assert.Equal(2, Drafts(h).Length);
    }

    [Fact]
    public async Task DeletedEntriesAreRemovedWhenTheMenuCloses()
    {
        using var h = await StartAsync(Muttrc);
        Register(h);
        await PostponeAsync(h, "Keep", "Drop");

        h.Type("R");
        await UntilAsync(h, () => h.Shell.Top is PostponedView);
        var menu = (PostponedView)h.Shell.Top!;
        h.Type("dd");
        await UntilAsync(h, () => menu.Drafts[0].Deleted && menu.Drafts[1].Deleted);
        Assert.Contains(" D  Drop", h.Screen);
        h.Type("ku");
        await UntilAsync(h, () => !menu.Drafts[0].Deleted);
        h.Type("q");
        await UntilAsync(h, () => h.Shell.Top is not PostponedView);

        var left = Assert.Single(Drafts(h));
        Assert.Contains("Subject: Keep", File.ReadAllText(left));
    }

    [Fact]
    public async Task OneDraftIsRecalledDirectlyAndAbortingKeepsIt()
    {
        using var h = await StartAsync(Muttrc);
        Register(h);
        await PostponeAsync(h, "Only");

        h.Type("R");
        await UntilAsync(h, () => h.Shell.Top is ComposeView);
        h.Type("q");
        await UntilAsync(h, () => h.BottomLine.Contains("Abort this message?"));
        h.Type("y");
        await UntilAsync(h, () => h.Shell.Top is not ComposeView);

        Assert.Single(Drafts(h));
    }

    [Fact]
    public async Task NoDraftsIsSaid()
    {
        using var h = await StartAsync(Muttrc);
        Register(h);

        h.Type("R");
        await UntilAsync(h, () => h.BottomLine.Contains("No postponed messages."));
    }

    [Fact]
    public async Task MailAsksToRecallWhenDraftsExist()
    {
        using var h = await StartAsync(Muttrc);
        Register(h);
        await PostponeAsync(h, "Waiting");

        h.Type("m");
        await UntilAsync(h, () => h.BottomLine.StartsWith("Recall postponed message?"));
        h.Type("y");
        await UntilAsync(h, () => h.Shell.Top is ComposeView);
        Assert.Equal("Waiting", ((ComposeView)h.Shell.Top!).Draft.Subject);
    }

    [Fact]
    public async Task MailWithoutRecallStartsANewMessage()
    {
        using var h = await StartAsync(Muttrc);
        Register(h);
        await PostponeAsync(h, "Waiting");

        h.Type("m");
        await UntilAsync(h, () => h.BottomLine.StartsWith("Recall postponed message?"));
        h.Type("n");
        await UntilAsync(h, () => h.BottomLine.StartsWith("To:"));
    }

    [Fact]
    public async Task MailUnderRecallNoDoesNotAsk()
    {
        using var h = await StartAsync(Muttrc + "set recall=no\n");
        Register(h);
        await PostponeAsync(h, "Waiting");

        h.Type("m");
        await UntilAsync(h, () => h.BottomLine.StartsWith("To:"));
    }

    private static async Task PostponeAsync(ReaderHarness h, params string[] subjects)
    {
        var start = new DateTimeOffset(2024, 1, 1, 9, 0, 0, TimeSpan.Zero);
        for (int i = 0; i < subjects.Length; i++)
        {
            // Drafts are listed by date: each an hour after the one before.
            var writer = new DraftWriter(ComposeSettings.FromConfig(h.Shell.Config), new Clock(start.AddHours(i)));
            var draft = new Draft { Subject = subjects[i], Body = "Text.\n" };
            draft.To.Add(new MailboxAddress("", "someone@example.org"));
            await new PostponedStore(Path.Combine(h.Root, "postponed"), writer).PostponeAsync(draft);
        }
    }

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static string[] Drafts(ReaderHarness h) => Directory.GetFiles(Path.Combine(h.Root, "postponed", "cur"));
}
