using MuttSharp.Core.Rendering;
using MuttSharp.Tui.Pager;

namespace MuttSharp.Tui.Tests.Pager;

public sealed class PagerViewTests
{
    private static readonly string Long = "Subject: long\n\n" + string.Join("\n", Enumerable.Range(1, 30).Select(i => $"line {i}")) + "\n";

    [Fact]
    public async Task ShowsTheRenderedMessageFromTheTop()
    {
        using var pager = await PagerHarness.OpenAsync("From: Alice <a@x>\nSubject: Hi\n\nHello Bob,\n> quoted\n");

        Assert.Equal(["From: Alice <a@x>", "Subject: Hi", "", "Hello Bob,", "> quoted", ""], pager.Screen()[..6]);
    }

    [Fact]
    public async Task NextPageKeepsPagerContextRows()
    {
        using var pager = await PagerHarness.OpenAsync(Long, rows: 10, settings: PagerSettings.Default with { PagerContext = 2 });

        await pager.RunAsync("next-page");

        Assert.Equal(8, pager.View.Top);
        Assert.Equal("line 7", pager.Screen()[0]);
    }

    [Fact]
    public async Task AtTheEndPagerStopStaysAndSaysSo()
    {
        using var pager = await PagerHarness.OpenAsync(Long, rows: 10, settings: PagerSettings.Default with { PagerStop = true });
        await pager.RunAsync("bottom");

        await pager.RunAsync("next-page");

        Assert.Equal(["Bottom of message is shown."], pager.Shell.Errors);
        Assert.Equal("line 30", pager.Screen()[^2]);
    }

    [Fact]
    public async Task AtTheEndWithoutPagerStopNextPageAsksForTheNextMessage()
    {
        using var pager = await PagerHarness.OpenAsync(Long, rows: 10);
        var asked = new List<string>();
        pager.View.MessageFunction = (_, call) =>
        {
            asked.Add(call.Function);
            return Task.FromResult(true);
        };
        await pager.RunAsync("bottom");

        await pager.RunAsync("next-page");
        await pager.RunAsync("reply");

        Assert.Equal(["next-undeleted", "reply"], asked);
        Assert.Empty(pager.Shell.Errors);
    }

    [Fact]
    public async Task LineAndHalfPageMovesStopAtTheEnds()
    {
        using var pager = await PagerHarness.OpenAsync(Long, rows: 10);

        await pager.RunAsync("previous-line");
        await pager.RunAsync("next-line");
        await pager.RunAsync("half-down");
        int afterHalf = pager.View.Top;
        await pager.RunAsync("top");
        await pager.RunAsync("top");

        Assert.Equal(6, afterHalf);
        Assert.Equal(["Top of message is shown.", "Top of message is shown."], pager.Shell.Errors);
        Assert.Equal("Subject: long", pager.Screen()[0]);
    }

    [Fact]
    public async Task SearchMovesToTheMatchHighlightsItAndWraps()
    {
        using var pager = await PagerHarness.OpenAsync(Long, rows: 10);
        pager.Shell.Answers.Enqueue("line 2[0-9]");

        await pager.RunAsync("search");
        int first = pager.View.Top;
        await pager.RunAsync("search-next");
        string ansi = pager.Ansi();

        Assert.Equal("line 20", pager.View.Rows[first].Text);
        Assert.Equal("line 21", pager.View.Rows[pager.View.Top].Text);
        Assert.Contains("\u001b[7m", ansi); // the search colour: reverse video, as in Mutt
    }

    [Fact]
    public async Task ASearchThatFindsNothingSaysNotFound()
    {
        using var pager = await PagerHarness.OpenAsync(Long);
        pager.Shell.Answers.Enqueue("absent");

        await pager.RunAsync("search");

        Assert.Equal(["Not found."], pager.Shell.Errors);
        Assert.Equal(0, pager.View.Top);
    }

    [Fact]
    public async Task ToggleQuotedHidesQuotedTextAndSkipQuotedJumpsPastIt()
    {
        string raw = "Subject: q\n\nintro\n" + string.Join("\n", Enumerable.Range(1, 12).Select(i => $"> old {i}")) + "\nreply text\n";
        using var pager = await PagerHarness.OpenAsync(raw, rows: 8);

        await pager.RunAsync("skip-quoted");
        Assert.Equal("reply text", pager.Screen()[0]);

        await pager.RunAsync("top");
        await pager.RunAsync("toggle-quoted");
        Assert.Equal(["Subject: q", "", "intro", "reply text"], pager.Screen()[..4]);
    }

    [Fact]
    public async Task DisplayToggleWeedShowsEveryHeader()
    {
        var render = RenderSettings.Default with { Ignore = ["*"], Unignore = ["subject:"] };
        using var pager = await PagerHarness.OpenAsync("X-Secret: yes\nSubject: s\n\nbody\n", render: render);
        Assert.Equal("Subject: s", pager.Screen()[0]);

        await pager.RunAsync("display-toggle-weed");

        Assert.Equal(["X-Secret: yes", "Subject: s"], pager.Screen()[..2]);
    }

    [Fact]
    public async Task ProgressIsAllEndOrAPercentage()
    {
        using var small = await PagerHarness.OpenAsync("Subject: s\n\nx\n");
        using var big = await PagerHarness.OpenAsync(Long, rows: 10);

        Assert.Equal("all", small.View.Progress);
        Assert.Equal("31%", big.View.Progress);
        await big.RunAsync("bottom");
        Assert.Equal("end", big.View.Progress);
        Assert.Equal("-- (end)", big.View.StatusLine(40));
    }

    [Fact]
    public async Task WrappedRowsAreMarkedAndResizingLaysOutAgain()
    {
        using var pager = await PagerHarness.OpenAsync("Subject: w\n\nalpha beta gamma delta epsilon\n", columns: 20);

        Assert.Equal(["alpha beta gamma", "+delta epsilon"], pager.Screen()[2..4]);
    }

    [Fact]
    public async Task HostileTextNeverReachesTheTerminalRaw()
    {
        using var pager = await PagerHarness.OpenAsync("Subject: \u001b]0;pwn\u0007x\u202E\n\nbody \u001b[2J\u009b31m here\n");

        string ansi = pager.Ansi();

        Assert.DoesNotContain("]0;pwn", ansi);
        Assert.DoesNotContain("[2J", ansi);
        Assert.DoesNotContain('\u202E', ansi);
        Assert.DoesNotContain('\u009b', ansi);
    }

    [Fact]
    public async Task TildeMarksRowsPastTheEnd()
    {
        using var pager = await PagerHarness.OpenAsync("Subject: s\n\nx\n", rows: 6, settings: PagerSettings.Default with { Tilde = true });

        Assert.Equal(["Subject: s", "", "x", "~", "~", "~"], pager.Screen()[..6]);
    }

    [Fact]
    public async Task TheMiniIndexShowsTheCurrentMessageAboveAndTheStatusFollowsPagerFormat()
    {
        using var h = await Support.ReaderHarness.StartAsync(messages: 12, width: 80, height: 20,
            muttrc: "set pager_index_lines=4\nset pager_format=\"PAGER %C/%m %P\"\nset help=no\n");
        h.Type("<enter>");
        var pager = Assert.IsType<PagerView>(h.Shell.Top);

        var lines = h.Lines;

        // Three index rows (one of the four is the index's status line), the current one among them.
        Assert.Contains(pager.Index!.LinesFor(80).Render(pager.IndexRow).TrimEnd(), lines[..3].Select(l => l.TrimEnd()));
        Assert.Equal(pager.StatusLine(80).TrimEnd(), lines[^2].TrimEnd());
        Assert.StartsWith($"PAGER {pager.IndexRow + 1}/12 ", pager.StatusLine(80));
        Assert.Contains(lines, l => l.StartsWith($"Subject: {pager.Message.Subject}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExitClosesThePager()
    {
        using var pager = await PagerHarness.OpenAsync("Subject: s\n\nx\n");

        await pager.RunAsync("exit");

        Assert.Same(pager.View, Assert.Single(pager.Shell.Closed));
    }

    [Fact]
    public async Task AllowAnsiDrawsTheMessagesOwnColoursAndNothingElseOfItsEscapes()
    {
        const string Raw = "Subject: s\n\nsay \u001b[1;31mloud\u001b[0m \u001b]0;pwn\u0007\u001b[2J\u001b[5;5H\u202Eend\n";
        using var plain = await PagerHarness.OpenAsync(Raw);
        using var ansi = await PagerHarness.OpenAsync(Raw, render: RenderSettings.Default with { AllowAnsi = true });

        string withColours = ansi.Ansi();
        string without = plain.Ansi();

        Assert.Equal("say loud end", ansi.Screen()[2]);
        Assert.Equal("say loud end", plain.Screen()[2]);
        Assert.Contains("\u001b[1m", withColours); // bold, as the message asked
        Assert.DoesNotContain("\u001b[1m", without);
        foreach (string drawn in new[] { withColours, without })
        {
            Assert.DoesNotContain("]0;pwn", drawn);
            Assert.DoesNotContain("[2J", drawn);
            Assert.DoesNotContain("[5;5H", drawn);
            Assert.DoesNotContain('\u202E', drawn);
        }
    }

    [Fact]
    public async Task ADisplayFilterShowsItsOutputAndAgainAfterAllHeadersAreAsked()
    {
        using var pager = await PagerHarness.OpenAsync("From: a@x\nSubject: quiet\n\nhello\n", filter: new DisplayFilter("tr a-z A-Z"));

        string[] filtered = pager.Screen();
        await pager.RunAsync("display-toggle-weed");

        Assert.Null(pager.View.FilterError);
        Assert.Equal(["FROM: A@X", "SUBJECT: QUIET", "", "HELLO"], filtered[..4]);
        Assert.Equal("HELLO", pager.View.Rows[^1].Text);
    }

    [Fact]
    public async Task AFailingDisplayFilterLeavesTheTextUnfilteredAndSaysWhy()
    {
        using var pager = await PagerHarness.OpenAsync("Subject: s\n\nhello\n", filter: new DisplayFilter("exit 2"));

        await pager.RunAsync("display-toggle-weed");

        Assert.Equal("hello", pager.View.Rows[^1].Text);
        Assert.Equal(["display_filter exit 2: exit status 2"], pager.Shell.Errors);
    }
}
