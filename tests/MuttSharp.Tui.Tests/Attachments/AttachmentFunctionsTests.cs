using System.Text;
using MuttSharp.Tui.Attachments;
using MuttSharp.Tui.Pager;
using MuttSharp.Tui.Tests.Support;

namespace MuttSharp.Tui.Tests.Attachments;

/// <summary>edit-type in the index, the pager and the attachment menu, on a headless terminal with Mutt's keys.</summary>
public sealed class AttachmentFunctionsTests
{
    // "½ kg de café" in Latin-1 labelled UTF-8: not UTF-8, so read in $assumed_charset (iso-8859-15 here, where ½ is œ)
    // until the charset is corrected.
    private static readonly byte[] Mislabelled = [.. "From: a@example.org\nSubject: menu\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"u8, 0xbd, .. " kg de caf"u8, 0xe9, (byte)'\n'];

    private static readonly byte[] WithList = Encoding.ASCII.GetBytes(
        "From: a@example.org\nSubject: list\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b1\n\n"
        + "--b1\nContent-Type: text/plain\n\nhello\n--b1\nContent-Type: application/octet-stream; name=list.txt\n\nmilk, eggs\n--b1--\n");

    private static async Task<(ReaderHarness H, string File)> OneMessageAsync(byte[] content)
    {
        string? file = null;
        var h = await ReaderHarness.StartAsync(messages: 1, muttrc: "set keymap=mutt\nset assumed_charset=iso-8859-15\n", prepare: folder =>
        {
            file = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Single(f => Path.GetFileName(Path.GetDirectoryName(f)) is "cur" or "new");
            File.WriteAllBytes(file, content);
        });
        return (h, file!);
    }

    private static void Retype(ReaderHarness h, string expectedPrompt, string typed)
    {
        h.Type("\\Ce");
        Assert.Equal("Content-Type: " + expectedPrompt, h.BottomLine);
        h.Type("\\Cu" + typed + "<enter>");
    }

    [Fact]
    public async Task EditTypeInTheIndexChangesTheCharsetTheMessageIsShownWithButNotItsFile()
    {
        var (h, file) = await OneMessageAsync(Mislabelled);
        using var _ = h;

        Retype(h, "text/plain; charset=utf-8", "text/plain; charset=iso-8859-1");
        Assert.Equal("Character set changed to iso-8859-1; converting.", h.BottomLine);
        h.Type("<enter>");

        Assert.IsType<PagerView>(h.Shell.Top);
        Assert.Contains("½ kg de café", h.Screen);
        Assert.Equal(Mislabelled, File.ReadAllBytes(file));
    }

    [Fact]
    public async Task EditTypeInThePagerShowsTheMessageAgainAndTheChangeHoldsWhileTheFolderIsOpen()
    {
        var (h, _) = await OneMessageAsync(Mislabelled);
        using var __ = h;
        h.Type("<enter>");
        var pager = Assert.IsType<PagerView>(h.Shell.Top);
        Assert.Contains("œ kg de café", h.Screen);

        Retype(h, "text/plain; charset=utf-8", "text/plain; charset=iso-8859-1");

        Assert.Same(pager, h.Shell.Top);
        Assert.Contains("½ kg de café", h.Screen);
        h.Type("q");
        h.Type("<enter>");
        Assert.Contains("½ kg de café", h.Screen);
    }

    [Fact]
    public async Task EditTypeInTheAttachmentMenuRetypesThePartAndTheMenuListsItAgain()
    {
        var (h, _) = await OneMessageAsync(WithList);
        using var __ = h;
        h.Type("v");
        var menu = Assert.IsType<AttachmentMenuView>(h.Shell.Top);
        h.Type("j");

        Retype(h, "application/octet-stream; name=list.txt", "text/plain; name=list.txt");

        Assert.Equal("Content-Type changed to text/plain.", h.BottomLine);
        Assert.Equal(1, menu.CursorRow);
        Assert.Equal("text/plain", menu.Current!.MimeType);
        h.Type("q");
        h.Type("v");
        var again = Assert.IsType<AttachmentMenuView>(h.Shell.Top);
        Assert.Equal("text/plain", again.Nodes[1].MimeType);
    }

    [Fact]
    public async Task AnEmptyAnswerLeavesTheTypeAsItWas()
    {
        var (h, _) = await OneMessageAsync(Mislabelled);
        using var __ = h;

        Retype(h, "text/plain; charset=utf-8", "");
        h.Type("<enter>");

        Assert.Null(h.Session.EditedContent(h.Session.Current!));
        Assert.Contains("œ kg de café", h.Screen);
    }
}
