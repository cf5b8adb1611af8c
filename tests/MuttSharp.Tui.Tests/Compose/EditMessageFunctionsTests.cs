using MuttSharp.Tui.Pager;
using static MuttSharp.Tui.Tests.Compose.ComposeFunctionsTests;

namespace MuttSharp.Tui.Tests.Compose;

/// <summary><c>e</c> from the index and the pager: the editor on the raw message, the edited message in its row.</summary>
public sealed class EditMessageFunctionsTests
{
    private const string RetitlingEditor = "set editor=\"sed -i -e 's/^Subject: .*/Subject: Retitled by the editor/'\"\n";

    [Fact]
    public async Task EditInTheIndexPutsTheEditedMessageInItsRow()
    {
        using var h = await StartAsync(RetitlingEditor);
        Register(h);
        h.Type("j");
        int row = h.Session.Cursor;
        string before = h.Session.Current!.Path;

        h.Type("e");
        await UntilAsync(h, () => h.Screen.Contains("Retitled by the editor"));

        Assert.Equal(row, h.Session.Cursor);
        Assert.Equal("Retitled by the editor", h.Session.Current!.Summary.Subject);
        Assert.False(File.Exists(before));
        Assert.Equal(5, h.Session.Mailbox.Messages.Count);
    }

    [Fact]
    public async Task EditInThePagerShowsTheEditedMessage()
    {
        using var h = await StartAsync(RetitlingEditor);
        Register(h);

        h.Type("<enter>");
        await UntilAsync(h, () => h.Shell.Top is PagerView);
        h.Type("e");
        await UntilAsync(h, () => h.Shell.Top is PagerView && h.Screen.Contains("Subject: Retitled by the editor"));
    }

    [Fact]
    public async Task EditAfterTagPrefixEditsEveryTaggedMessage()
    {
        using var h = await StartAsync(RetitlingEditor);
        Register(h);

        h.Type("tkt");
        await UntilAsync(h, () => h.Session.TaggedCount == 2);
        h.Type(";e");
        await UntilAsync(h, () => h.Session.Mailbox.Messages.Count(m => m.Summary.Subject == "Retitled by the editor") == 2);

        Assert.All(h.Session.Mailbox.Messages.Where(m => m.Tagged), m => Assert.Equal("Retitled by the editor", m.Summary.Subject));
        Assert.Equal(5, h.Session.Mailbox.Messages.Count);
    }

    [Fact]
    public async Task AnEditorThatChangesNothingLeavesTheMessage()
    {
        using var h = await StartAsync("set editor=true\n");
        Register(h);
        string before = h.Session.Current!.Path;

        h.Type("e");
        await UntilAsync(h, () => h.BottomLine.Contains("Message not modified!"));
        Assert.True(File.Exists(before));
    }

    [Fact]
    public async Task AReadOnlyFolderIsNotEdited()
    {
        using var h = await StartAsync("set read_only\n" + RetitlingEditor);
        Register(h);

        h.Type("e");
        await UntilAsync(h, () => h.BottomLine.Contains("Mailbox is read-only."));
        Assert.DoesNotContain("Retitled", h.Screen);
    }
}
