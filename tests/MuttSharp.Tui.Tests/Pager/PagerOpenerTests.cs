using MuttSharp.Core.Config.Keys;
using MuttSharp.Tui.Attachments;
using MuttSharp.Tui.Functions;
using MuttSharp.Tui.Pager;
using MuttSharp.Tui.Tests.Support;

namespace MuttSharp.Tui.Tests.Pager;

public sealed class PagerOpenerTests
{
    private static async Task<(ReaderHarness Harness, PagerView Pager)> OpenAsync(string muttrc)
    {
        var harness = await ReaderHarness.StartAsync(messages: 12, muttrc: muttrc, width: 80, height: 20);
        var reader = harness.Reader;
        // The terminal's loop is not running in a test: continuations must not wait for it.
        SynchronizationContext.SetSynchronizationContext(null);
        PagerFunctions.Register(reader.Functions);
        AttachmentFunctions.Register(reader.Functions);
        var pager = await PagerOpener.OpenCurrentAsync(reader.Shell, reader.Functions, reader.Index, AttachmentContext.FromConfig(reader.Config));
        Assert.NotNull(pager);
        return (harness, pager);
    }

    [Fact]
    public async Task TheMiniIndexShowsTheCurrentMessageAboveItAndTheStatusFollowsPagerFormat()
    {
        var (harness, pager) = await OpenAsync("set pager_index_lines=4\nset pager_format=\"PAGER %C/%m %P\"\nset help=no\n");
        using var _ = harness;

        var lines = harness.Lines;

        Assert.Equal(harness.Reader.Index.Content!.LinesFor(80).Render(0).TrimEnd(), lines[0].TrimEnd());
        Assert.Contains(lines, l => l.StartsWith($"Subject: {pager.Message.Subject}", StringComparison.Ordinal));
        Assert.StartsWith("PAGER 1/12 ", pager.StatusLine(80));
        Assert.Contains(lines, l => l.StartsWith("PAGER 1/12", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMessageFunctionRunsOnTheIndexAndThePagerFollowsToTheNextMessage()
    {
        var (harness, first) = await OpenAsync("set help=no\n");
        using var _ = harness;
        var index = harness.Reader.Index;

        await first.MessageFunction!(first, new FunctionCall("next-entry", KeyMenu.Pager, first, harness.Shell, false));

        Assert.Equal(1, index.CursorRow);
        var shown = Assert.IsType<PagerView>(harness.Shell.Top);
        Assert.NotSame(first, shown);
        Assert.Equal(1, shown.IndexRow);
        Assert.Contains(harness.Lines, l => l.StartsWith($"Subject: {shown.Message.Subject}", StringComparison.Ordinal));
    }
}
