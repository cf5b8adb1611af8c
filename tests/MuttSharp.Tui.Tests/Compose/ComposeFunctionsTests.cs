using System.Diagnostics;
using System.Text;
using MuttSharp.Core.Compose;
using MuttSharp.Core.Model;
using MuttSharp.Core.Sending;
using MuttSharp.Tui.Compose;
using MuttSharp.Tui.Tests.Support;

namespace MuttSharp.Tui.Tests.Compose;

/// <summary>The reader's compose keys on a headless terminal: the editor is a real command, the submitter records.</summary>
public sealed class ComposeFunctionsTests
{
    internal const string Muttrc = """
        set fast_reply=yes
        set include=yes
        set abort_unmodified=no
        set record=""
        set from="Me <me@example.org>"
        set postponed="~/postponed"

        """;

    [Fact]
    public async Task ReplyOpensTheComposeMenuAndSendingMarksTheOriginalReplied()
    {
        using var h = await StartAsync(Muttrc + "set editor=\"sed -i -e '1i Thanks!'\"\n");
        var submitter = Register(h);
        var original = h.Reader.Index.Session!.Current!;

        h.Type("r");
        await UntilAsync(h, () => h.Screen.Contains("-- Attachments"));
        Assert.Contains("-- Mutt: Compose", h.Screen);
        Assert.Contains("Subject: Re: ", h.Screen);
        h.Type("y");
        await UntilAsync(h, () => submitter.Submitted.Count == 1 && h.BottomLine.Contains("Mail sent."));

        string sent = Encoding.UTF8.GetString(submitter.Submitted[0].Content);
        Assert.Contains($"In-Reply-To: <{original.Summary.MessageId}>", sent);
        Assert.Contains("\n\nThanks!\n", sent);
        Assert.True((original.Flags & MessageFlags.Replied) != 0);
        Assert.DoesNotContain("-- Attachments", h.Screen);
    }

    [Fact]
    public async Task TheComposeMenuAttachesDescribesRetypesTogglesAndDetaches()
    {
        using var h = await StartAsync(Muttrc + "set editor=\"true\"\n");
        Register(h);
        string file = Path.Combine(h.Root, "notes.txt");
        File.WriteAllText(file, "notes\n");

        h.Type("r");
        await UntilAsync(h, () => h.Screen.Contains("-- Attachments"));
        var view = Assert.IsType<ComposeView>(h.Shell.Top);
        h.Type("a");
        h.Type(file + "<enter>");
        await UntilAsync(h, () => view.Draft.Attachments.Count == 1);
        h.Type("d");
        h.Type("My notes<enter>");
        h.Type("\\Ct");
        h.Type("<backspace><backspace><backspace><backspace><backspace>csv<enter>");
        h.Type("\\Cd");
        await UntilAsync(h, () => h.Screen.Contains("My notes"));

        var attachment = Assert.Single(view.Draft.Attachments);
        Assert.Equal("My notes", attachment.Description);
        Assert.Equal("text/csv", attachment.ContentType);
        Assert.True(attachment.Inline);
        h.Type("D");
        await UntilAsync(h, () => view.Draft.Attachments.Count == 0);
        h.Type("D");
        await UntilAsync(h, () => h.BottomLine.Contains("You may not delete the only body part."));
    }

    [Fact]
    public async Task EditHeadersPutsTheHeadersInTheEditorAndEditFccNamesWhereTheCopyGoes()
    {
        using var h = await StartAsync(Muttrc + "set folder=~/Mail\nset editor=\"sed -i -e 's/^Subject: .*/Subject: Edited/'\"\n");
        var submitter = Register(h);

        h.Type("r");
        await UntilAsync(h, () => h.Screen.Contains("-- Attachments"));
        var view = Assert.IsType<ComposeView>(h.Shell.Top);
        Assert.StartsWith("Re: ", view.Draft.Subject);
        h.Type("E");
        await UntilAsync(h, () => view.Draft.Subject == "Edited");
        h.Type("f");
        h.Type("=sent<enter>");
        await UntilAsync(h, () => view.Draft.Fcc == "=sent");
        h.Type("y");
        await UntilAsync(h, () => submitter.Submitted.Count == 1 && h.BottomLine.Contains("Mail sent."));

        string copy = File.ReadAllText(Path.Combine(h.Root, "Mail", "sent"));
        Assert.Contains("Subject: Edited", copy);
    }

    [Fact]
    public async Task PostponeKeepsTheDraftAndRecallBringsItBackUntilItIsSent()
    {
        using var h = await StartAsync(Muttrc + "set editor=\"true\"\n");
        Register(h);

        h.Type("r");
        await UntilAsync(h, () => h.Screen.Contains("-- Attachments"));
        h.Type("P");
        await UntilAsync(h, () => h.BottomLine.Contains("Message postponed."));
        Assert.Single(Directory.GetFiles(Path.Combine(h.Root, "postponed", "cur")));

        h.Type("R");
        await UntilAsync(h, () => h.Screen.Contains("-- Attachments"));
        Assert.StartsWith("Re: ", Assert.IsType<ComposeView>(h.Shell.Top).Draft.Subject);
        Assert.Single(Directory.GetFiles(Path.Combine(h.Root, "postponed", "cur")));
        h.Type("y");
        await UntilAsync(h, () => h.BottomLine.Contains("Mail sent."));
        Assert.Empty(Directory.GetFiles(Path.Combine(h.Root, "postponed", "cur")));
    }

    [Fact]
    public async Task QuittingTheComposeMenuAsksAndAbortsOnlyOnYes()
    {
        using var h = await StartAsync(Muttrc + "set editor=\"true\"\n");
        var submitter = Register(h);

        h.Type("r");
        await UntilAsync(h, () => h.Screen.Contains("-- Attachments"));
        h.Type("q");
        await UntilAsync(h, () => h.BottomLine.Contains("Abort this message?"));
        h.Type("n");
        await UntilAsync(h, () => !h.BottomLine.Contains("Abort this message?"));
        Assert.Contains("-- Attachments", h.Screen);
        h.Type("q");
        await UntilAsync(h, () => h.BottomLine.Contains("Abort this message?"));
        h.Type("y");
        await UntilAsync(h, () => h.BottomLine.Contains("Mail not sent."));
        Assert.Empty(submitter.Submitted);
    }

    [Fact]
    public async Task ReplyFromThePagerAnswersTheMessageShown()
    {
        using var h = await StartAsync(Muttrc + "set editor=\"true\"\n");
        Register(h);
        h.Type("j");
        var shown = h.Reader.Index.Session!.Current!;

        h.Type("<enter>");
        await UntilAsync(h, () => h.Shell.Top is MuttSharp.Tui.Pager.PagerView);
        h.Type("r");
        await UntilAsync(h, () => h.Shell.Top is ComposeView);

        var draft = ((ComposeView)h.Shell.Top!).Draft;
        Assert.Same(shown, Assert.Single(draft.Originals));
        Assert.Equal([shown.Summary.MessageId!], draft.InReplyTo);
    }

    [Fact]
    public async Task GroupReplyAfterTagPrefixAnswersEveryTaggedMessage()
    {
        using var h = await StartAsync(Muttrc + "set editor=\"true\"\n");
        Register(h);

        h.Type("tkt");
        await UntilAsync(h, () => h.Session.TaggedCount == 2);
        h.Type(";gr");
        await UntilAsync(h, () => h.Shell.Top is ComposeView);

        var draft = ((ComposeView)h.Shell.Top!).Draft;
        Assert.Equal(h.Session.Mailbox.Messages.Where(m => m.Tagged), draft.Originals);
        Assert.Equal(2, draft.InReplyTo.Count);
    }

    [Fact]
    public async Task MailAsksToThenCcAndBccAsAskccAndAskbccSayThenSubject()
    {
        using var h = await StartAsync(Muttrc + "set askcc askbcc editor=\"true\"\n");
        Register(h);

        h.Type("m");
        await UntilAsync(h, () => h.BottomLine.StartsWith("To:"));
        h.Type("to@example.org<enter>");
        await UntilAsync(h, () => h.BottomLine.StartsWith("Cc:"));
        h.Type("cc@example.org<enter>");
        await UntilAsync(h, () => h.BottomLine.StartsWith("Bcc:"));
        h.Type("bcc@example.org<enter>");
        await UntilAsync(h, () => h.BottomLine.StartsWith("Subject:"));
        h.Type("Hello<enter>");
        await UntilAsync(h, () => h.Shell.Top is ComposeView);

        var draft = ((ComposeView)h.Shell.Top!).Draft;
        Assert.Equal(("to@example.org", "cc@example.org", "bcc@example.org", "Hello"), (draft.To.ToString(), draft.Cc.ToString(), draft.Bcc.ToString(), draft.Subject));
    }

    [Fact]
    public async Task ReplyWithoutFastReplyAsksToAndSubjectButNotCcUnlessAskcc()
    {
        using var h = await StartAsync(Muttrc.Replace("set fast_reply=yes", "set fast_reply=no") + "set editor=\"true\"\n");
        Register(h);

        h.Type("r");
        await UntilAsync(h, () => h.BottomLine.StartsWith("To:"));
        h.Type("<enter>");
        await UntilAsync(h, () => h.BottomLine.StartsWith("Subject: Re: "));
        h.Type("<enter>");
        await UntilAsync(h, () => h.Shell.Top is ComposeView);
    }

    [Fact]
    public async Task ForwardUnderFastReplyAsksTheRecipientsButNotTheSubject()
    {
        using var h = await StartAsync(Muttrc + "set askcc editor=\"true\" forward_attachments=no\n");
        Register(h);

        h.Type("f");
        await UntilAsync(h, () => h.BottomLine.StartsWith("To:"));
        h.Type("to@example.org<enter>");
        await UntilAsync(h, () => h.BottomLine.StartsWith("Cc:"));
        h.Type("<enter>");
        await UntilAsync(h, () => h.Shell.Top is ComposeView);

        var draft = ((ComposeView)h.Shell.Top!).Draft;
        Assert.Equal(["to@example.org"], draft.Recipients());
        Assert.StartsWith("[", draft.Subject);
    }

    [Fact]
    public async Task TabInTheToPromptCompletesAnAliasThenExpandsIt()
    {
        using var h = await StartAsync(Muttrc + "set editor=\"true\"\nalias jane \"Jane Doe\" <jane@example.org>\n");
        Register(h);

        h.Type("m");
        await UntilAsync(h, () => h.BottomLine.StartsWith("To:"));
        h.Type("bob@example.org, ja<tab>");
        await UntilAsync(h, () => h.BottomLine == "To: bob@example.org, jane");
        h.Type("<tab>");
        await UntilAsync(h, () => h.BottomLine.Contains("<jane@example.org>"));
        h.Type("<enter>Hi<enter>");
        await UntilAsync(h, () => h.Shell.Top is ComposeView);

        Assert.Equal(["bob@example.org", "jane@example.org"], ((ComposeView)h.Shell.Top!).Draft.Recipients());
    }

    [Fact]
    public async Task ResendMessageMakesTheMessageATemplateThatIsSentAsANewOne()
    {
        using var h = await StartAsync(Muttrc + "set editor=\"sed -i -e '1i Resent with a note.'\"\n");
        var submitter = Register(h);
        var original = h.Reader.Index.Session!.Current!;
        var flags = original.Flags;

        h.Type("<esc>e");
        await UntilAsync(h, () => h.Shell.Top is ComposeView);
        var draft = ((ComposeView)h.Shell.Top!).Draft;
        Assert.Equal(original.Summary.Subject, draft.Subject);
        Assert.Equal(original.Summary.From[0].Address, draft.From.Mailboxes.Single().Address);
        Assert.StartsWith("Resent with a note.\n", draft.Body);
        h.Type("y");
        await UntilAsync(h, () => submitter.Submitted.Count == 1 && h.BottomLine.Contains("Mail sent."));

        string sent = Encoding.UTF8.GetString(submitter.Submitted[0].Content);
        Assert.Contains($"Subject: {original.Summary.Subject}\n", sent);
        Assert.DoesNotContain(original.Summary.MessageId!, sent);
        Assert.Equal(flags, original.Flags);
    }

    [Fact]
    public async Task ARecalledReplyFlagsItsOriginalRepliedWhenSent()
    {
        using var h = await StartAsync(Muttrc + "set editor=\"true\"\n");
        var submitter = Register(h);
        var original = h.Reader.Index.Session!.Current!;

        h.Type("r");
        await UntilAsync(h, () => h.Screen.Contains("-- Attachments"));
        h.Type("P");
        await UntilAsync(h, () => h.BottomLine.Contains("Message postponed."));
        string postponed = File.ReadAllText(Assert.Single(Directory.GetFiles(Path.Combine(h.Root, "postponed", "cur"))));
        Assert.Contains($"X-Mutt-References: <{original.Summary.MessageId}>\n", postponed);
        Assert.False(original.Flags.HasFlag(MessageFlags.Replied));

        h.Type("R");
        await UntilAsync(h, () => h.Shell.Top is ComposeView);
        h.Type("y");
        await UntilAsync(h, () => submitter.Submitted.Count == 1 && h.BottomLine.Contains("Mail sent."));

        Assert.True(original.Flags.HasFlag(MessageFlags.Replied));
        Assert.DoesNotContain("X-Mutt-", Encoding.UTF8.GetString(submitter.Submitted[0].Content));
    }

    [Fact]
    public async Task AnMboxPostponedFolderIsUsedAndThePercentPCountFollowsItWithoutARestart()
    {
        using var h = await StartAsync(Muttrc + "set editor=\"true\"\nset status_format=\"-- postponed: %p --\"\n");
        Register(h);
        File.WriteAllText(Path.Combine(h.Root, "postponed"), "");

        Assert.Contains("-- postponed: 0 --", h.Screen);
        h.Type("r");
        await UntilAsync(h, () => h.Screen.Contains("-- Attachments"));
        h.Type("P");
        await UntilAsync(h, () => h.Screen.Contains("-- postponed: 1 --"));
        Assert.StartsWith("From ", File.ReadAllText(Path.Combine(h.Root, "postponed")));

        h.Type("R");
        await UntilAsync(h, () => h.Shell.Top is ComposeView);
        h.Type("y");
        await UntilAsync(h, () => h.Screen.Contains("-- postponed: 0 --"));
        Assert.Equal(0, new FileInfo(Path.Combine(h.Root, "postponed")).Length);
    }

    internal static async Task<ReaderHarness> StartAsync(string muttrc)
    {
        var h = await ReaderHarness.StartAsync(messages: 5, muttrc: muttrc, height: 24);
        h.Shell.ExternalRunner = job => job.Work(CancellationToken.None);
        return h;
    }

    internal static RecordingSubmitter Register(ReaderHarness h)
    {
        var submitter = new RecordingSubmitter();
        ComposeFunctions.Register(h.Reader.Functions, _ => submitter);
        return submitter;
    }

    /// <summary>Handlers finish on the UI loop; run it until the condition holds (or give up after a while).</summary>
    internal static async Task UntilAsync(ReaderHarness h, Func<bool> condition)
    {
        for (int i = 0; i < 400 && !condition(); i++)
        {
            await Task.Delay(10);
            h.App.LayoutAndDraw();
        }
        Assert.True(condition(), h.Screen);
    }

    internal sealed class RecordingSubmitter : IMessageSubmitter
    {
        public List<OutgoingMessage> Submitted { get; } = [];

        public string Name => "the test queue";

        public Task<SubmitResult> SubmitAsync(OutgoingMessage message, CancellationToken cancellationToken)
        {
            Submitted.Add(message);
            return Task.FromResult(SubmitResult.Ok("queued"));
        }
    }
}
