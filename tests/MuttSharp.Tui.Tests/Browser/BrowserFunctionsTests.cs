using MuttSharp.Tui.Browser;
using MuttSharp.Tui.Compose;
using MuttSharp.Tui.Tests.Support;
using static MuttSharp.Tui.Tests.Compose.ComposeFunctionsTests;

namespace MuttSharp.Tui.Tests.Browser;

/// <summary>The browser's keys in a running reader: tagging in the file chooser, view-file.</summary>
public sealed class BrowserFunctionsTests
{
    private const string Muttrc = """
        set fast_reply=yes
        set include=yes
        set abort_unmodified=no
        set record=""
        set from="Me <me@example.org>"
        set editor="true"
        set folder_format="%t %f"

        """;

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
}
