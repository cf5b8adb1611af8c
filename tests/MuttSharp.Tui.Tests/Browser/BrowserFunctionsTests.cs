using MuttSharp.Tui.Browser;
using MuttSharp.Tui.Compose;
using MuttSharp.Tui.Tests.Compose;
using MuttSharp.Tui.Tests.Support;
using static MuttSharp.Tui.Tests.Compose.ComposeFunctionsTests;

namespace MuttSharp.Tui.Tests.Browser;

/// <summary>The browser's keys in a running reader: tagging in the file chooser, view-file.</summary>
public sealed class BrowserFunctionsTests
{
    // Compose's settings, an editor that leaves the message as it is, and the tag column first.
    private const string Muttrc = ComposeFunctionsTests.Muttrc + "set editor=\"true\"\nset folder_format=\"%t %f\"\n";

    private static async Task<(ReaderHarness H, ComposeView Compose)> ComposeAsync()
    {
        var h = await StartAsync(Muttrc);
        Register(h);
        File.WriteAllText(Path.Combine(h.Root, "a.txt"), "first\n");
        File.WriteAllText(Path.Combine(h.Root, "b.txt"), "second\n");
        h.Type("r");
        await UntilAsync(h, () => h.Screen.Contains("-- Attachments"));
        var compose = Assert.IsType<ComposeView>(h.Shell.Top);
        return (h, compose);
    }

    // '?' at "Attach file" opens the chooser; change-dir takes it to the test's directory.
    private static async Task<BrowserView> ChooserAsync(ReaderHarness h)
    {
        h.Type("a");
        h.Type("?<enter>");
        await UntilAsync(h, () => h.Shell.Top is BrowserView);
        h.Type("c");
        h.Type("\\Cu" + h.Root + "<enter>");
        var view = (BrowserView)h.Shell.Top!;
        await UntilAsync(h, () => view.Browser.Directory == h.Root);
        return view;
    }

    private static int Row(BrowserView view, string name) => view.Browser.Items.ToList().FindIndex(i => i.Entry.Name == name);

    [Fact]
    public async Task EveryFileTaggedInTheChooserIsAttached()
    {
        var (h, compose) = await ComposeAsync();
        using var _ = h;
        var chooser = await ChooserAsync(h);
        chooser.MoveTo(Row(chooser, "a.txt"));

        h.Type("tt");
        await UntilAsync(h, () => chooser.Browser.TaggedCount == 2);
        Assert.Contains("* a.txt", h.Screen);
        Assert.Contains("* b.txt", h.Screen);
        Assert.Contains("  muttrc", h.Screen);
        chooser.MoveTo(Row(chooser, "muttrc"));
        h.Type("<enter>");
        await UntilAsync(h, () => compose.Draft.Attachments.Count == 2);

        Assert.Same(compose, h.Shell.Top);
        Assert.Equal(["a.txt", "b.txt"], compose.Draft.Attachments.Select(a => Path.GetFileName(a.Path)));
    }

    [Fact]
    public async Task WithNothingTaggedTheChosenFileIsAttachedAndTagPrefixThenTagUntagsAll()
    {
        var (h, compose) = await ComposeAsync();
        using var _ = h;
        var chooser = await ChooserAsync(h);

        h.Type(";");
        await UntilAsync(h, () => h.BottomLine.Contains("No tagged entries."));
        chooser.MoveTo(Row(chooser, "a.txt"));
        h.Type("tt");
        await UntilAsync(h, () => chooser.Browser.TaggedCount == 2);
        h.Type(";t");
        await UntilAsync(h, () => chooser.Browser.TaggedCount == 0);
        Assert.DoesNotContain("* ", h.Screen);
        chooser.MoveTo(Row(chooser, "b.txt"));
        h.Type("<enter>");
        await UntilAsync(h, () => compose.Draft.Attachments.Count == 1);

        Assert.Equal("b.txt", Path.GetFileName(compose.Draft.Attachments[0].Path));
    }

    [Fact]
    public async Task QuittingTheChooserStillAttachesTheTaggedFilesAndADirectoryIsNotTagged()
    {
        var (h, compose) = await ComposeAsync();
        using var _ = h;
        var chooser = await ChooserAsync(h);

        chooser.MoveTo(Row(chooser, "Maildir"));
        h.Type("t");
        await UntilAsync(h, () => h.BottomLine.Contains("Can't attach a directory!"));
        chooser.MoveTo(Row(chooser, "b.txt"));
        h.Type("t");
        h.Type("q");
        await UntilAsync(h, () => compose.Draft.Attachments.Count == 1);

        Assert.Equal("b.txt", Path.GetFileName(compose.Draft.Attachments[0].Path));
    }

    [Fact]
    public async Task TheFolderBrowserRefusesTagging()
    {
        using var h = await StartAsync(Muttrc + $"set folder={Path.Combine("~", "Maildir")}\n");

        h.Type("c");
        h.Type("?<enter>");
        await UntilAsync(h, () => h.Shell.Top is BrowserView);
        h.Type("t");
        await UntilAsync(h, () => h.BottomLine.Contains("Tagging is not supported."));
        h.Type("@");
        await UntilAsync(h, () => h.BottomLine == h.Root);
        h.Type(";");

        await UntilAsync(h, () => h.BottomLine.Contains("Tagging is not supported."));
        Assert.Equal(0, ((BrowserView)h.Shell.Top!).Browser.TaggedCount);
    }

    // The browser over the test's directory (the files written first), from c then '?' with $folder there.
    private static async Task<(ReaderHarness H, BrowserView View)> BrowseRootAsync(Dictionary<string, byte[]> files, string muttrc = "")
    {
        var h = await StartAsync(Muttrc + "set folder=~\n" + muttrc);
        foreach (var (name, bytes) in files)
            File.WriteAllBytes(Path.Combine(h.Root, name), bytes);
        h.Type("c");
        h.Type("?<enter>");
        await UntilAsync(h, () => h.Shell.Top is BrowserView);
        return (h, (BrowserView)h.Shell.Top!);
    }

    [Fact]
    public async Task ViewFileShowsATextFileOfUnknownTypeDecodedAndMadeSafeInThePager()
    {
        var (h, browser) = await BrowseRootAsync(new() { ["notes"] = [.. "caf"u8, 0xe9, .. " \u001b[31mred\n"u8] }, "set assumed_charset=\"utf-8:iso-8859-1\"\n");
        using var _ = h;

        browser.MoveTo(Row(browser, "notes"));
        h.Type("<space>");
        await UntilAsync(h, () => h.Shell.Top is MuttSharp.Tui.Pager.PagerView);

        Assert.Contains("café", h.Screen);
        Assert.DoesNotContain('\u001b', h.Screen);
        Assert.Contains("red", h.Screen);
    }

    [Fact]
    public async Task ViewFileAnnouncesABinaryFileWithNoMailcapEntryInsteadOfDumpingIt()
    {
        var (h, browser) = await BrowseRootAsync(new() { ["core.bin"] = [0x7f, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0x1b, 0x9b] });
        using var _ = h;

        browser.MoveTo(Row(browser, "core.bin"));
        h.Type("<space>");
        await UntilAsync(h, () => h.BottomLine.Contains("is binary"));

        Assert.Equal("No matching mailcap entry found. core.bin (application/octet-stream) is binary: not shown.", h.BottomLine);
        Assert.Same(browser, h.Shell.Top);
    }

    [Fact]
    public async Task ViewFileRunsTheMailcapEntryOfTheTypeTheNameGives()
    {
        var files = new Dictionary<string, byte[]> { ["report.pdf"] = "%PDF-1.4\n\u0000\u0001"u8.ToArray(), ["mailcap"] = "application/pdf; echo PDF viewer saw %s; copiousoutput\n"u8.ToArray() };
        var (h, browser) = await BrowseRootAsync(files, "set mailcap_path=~/mailcap\n");
        using var _ = h;

        browser.MoveTo(Row(browser, "report.pdf"));
        h.Type("<space>");
        await UntilAsync(h, () => h.Shell.Top is MuttSharp.Tui.Pager.PagerView && h.Screen.Contains("PDF viewer saw"));

        Assert.Contains("report.pdf", h.Screen);
    }
}
