using MuttSharp.Core.Mailcap;
using MuttSharp.Core.Rendering;
using MuttSharp.Tui.Attachments;
using MuttSharp.Tui.Pager;
using MuttSharp.Tui.Tests.Pager;

namespace MuttSharp.Tui.Tests.Attachments;

public sealed class AttachmentMenuViewTests : IDisposable
{
    private const string Message = """
        From: Alice <alice@example.org>
        Subject: report
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary=b

        --b
        Content-Type: text/plain

        See attached.
        --b
        Content-Type: application/pdf; name="../../report.pdf"
        Content-Disposition: attachment; filename="../../report.pdf"
        Content-Transfer-Encoding: base64

        JVBERi0xLjQK
        --b
        Content-Type: message/rfc822

        From: Carol <carol@example.org>
        Subject: inner

        inner body
        --b--
        """;

    private readonly string directory = Directory.CreateTempSubdirectory("muttsharp-attachtui-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private AttachmentContext Context(string? mailcap = null)
    {
        MailcapRunner? runner = null;
        if (mailcap is not null)
        {
            string file = Path.Combine(directory, "mailcap");
            File.WriteAllText(file, mailcap);
            var settings = new MailcapSettings { Files = [file] };
            runner = new MailcapRunner(MailcapDatabase.Load(settings), settings);
        }
        return new AttachmentContext(new MessageRenderer(RenderSettings.Default), RenderSettings.Default, PagerSettings.Default, runner)
        {
            SaveDirectory = directory,
        };
    }

    private async Task<(PagerHarness Pager, AttachmentMenuView Menu)> OpenMenuAsync(string? mailcap = null)
    {
        var pager = await PagerHarness.OpenAsync(Message, columns: 70, rows: 8, attachments: Context(mailcap));
        await pager.RunAsync("view-attachments");
        var menu = Assert.IsType<AttachmentMenuView>(Assert.Single(pager.Shell.Opened));
        pager.Show(menu);
        return (pager, menu);
    }

    [Fact]
    public async Task ViewAttachmentsListsThePartsThroughAttachFormat()
    {
        var (pager, _) = await OpenMenuAsync();
        using var _pager = pager;

        var screen = pager.Screen();

        Assert.StartsWith("  I     1 <no description>", screen[0]);
        Assert.Contains("[text/plain, 7bit, us-ascii, 0.1K]", screen[0]);
        Assert.Contains("../../report.pdf", screen[1]);
        Assert.Contains("[applica/pdf, base64, 0.1K]", screen[1]);
        Assert.Contains("inner", screen[2]);
        Assert.Contains("└─>", screen[3]);
    }

    [Fact]
    public async Task ResendMessageOnAnAttachedMessageMakesItTheTemplateOfANewOne()
    {
        var (pager, menu) = await OpenMenuAsync();
        using var _pager = pager;
        menu.MoveTo(2);

        await pager.RunAsync(menu, "resend-message");

        Assert.Single(pager.Shell.External);
        var compose = Assert.IsType<MuttSharp.Tui.Compose.ComposeView>(pager.Shell.Opened[^1]);
        Assert.Equal("inner", compose.Draft.Subject);
        Assert.Equal("carol@example.org", compose.Draft.From.Mailboxes.Single().Address);
        Assert.Equal("inner body", compose.Draft.Body.TrimEnd());
    }

    [Fact]
    public async Task ResendMessageOnAPartThatIsNoMessageIsRefused()
    {
        var (pager, menu) = await OpenMenuAsync();
        using var _pager = pager;
        menu.MoveTo(1);

        await pager.RunAsync(menu, "resend-message");

        Assert.Equal(["You may only resend message/rfc822 parts."], pager.Shell.Errors);
        Assert.Single(pager.Shell.Opened);
    }

    [Fact]
    public async Task SaveProposesTheNameWithoutItsDirectoryAndAsksBeforeOverwriting()
    {
        var (pager, menu) = await OpenMenuAsync();
        using var _pager = pager;
        string target = Path.Combine(directory, "report.pdf");
        await File.WriteAllTextAsync(target, "precious");
        menu.MoveTo(1);
        pager.Shell.Answers.Enqueue(target);
        pager.Shell.Answers.Enqueue("c");

        await pager.RunAsync(menu, "save-entry");

        Assert.Equal(target, pager.Shell.Prompts[0].Initial);
        Assert.Equal("File exists, (o)verwrite, (a)ppend, or (c)ancel? ", pager.Shell.Prompts[1].Prompt);
        Assert.Equal("precious", await File.ReadAllTextAsync(target));

        pager.Shell.Answers.Enqueue(target);
        pager.Shell.Answers.Enqueue("o");
        await pager.RunAsync(menu, "save-entry");

        Assert.Equal("%PDF-1.4\n", await File.ReadAllTextAsync(target));
        Assert.Equal(["Attachment saved."], pager.Shell.Messages);
    }

    [Fact]
    public async Task PipeFeedsTheDecodedPartToTheCommand()
    {
        var (pager, menu) = await OpenMenuAsync();
        using var _pager = pager;
        menu.MoveTo(1);
        pager.Shell.Answers.Enqueue("wc -c");

        await pager.RunAsync(menu, "pipe-entry");

        var (command, input) = Assert.Single(pager.Shell.External);
        Assert.Equal("wc -c", command);
        Assert.Equal("%PDF-1.4\n", System.Text.Encoding.ASCII.GetString(input));
    }

    [Fact]
    public async Task ViewOpensAnAttachedMessageAsAMessage()
    {
        var (pager, menu) = await OpenMenuAsync();
        using var _pager = pager;
        menu.MoveTo(2);

        await pager.RunAsync(menu, "view-attach");

        var inner = Assert.IsType<PagerView>(pager.Shell.Opened[^1]);
        Assert.Equal("inner", inner.Message.Subject);
        Assert.NotNull(inner.Attachments);
    }

    [Fact]
    public async Task ViewTextShowsAnyPartAsText()
    {
        var (pager, menu) = await OpenMenuAsync();
        using var _pager = pager;
        menu.MoveTo(1);

        await pager.RunAsync(menu, "view-text");

        var text = Assert.IsType<PagerView>(pager.Shell.Opened[^1]);
        pager.Show(text);
        Assert.Equal(["%PDF-1.4", ""], pager.Screen()[..2]);
    }

    [Fact]
    public async Task ViewMailcapRunsTheEntryWithArgumentsQuotedForTheShell()
    {
        var (pager, menu) = await OpenMenuAsync("application/pdf; zathura %s; needsterminal\n");
        using var _pager = pager;
        menu.MoveTo(1);

        await pager.RunAsync(menu, "view-mailcap");

        var (command, _) = Assert.Single(pager.Shell.External);
        Assert.StartsWith("'/bin/sh' '-c' 'zathura \"${1}\"' 'mailcap' '/", command);
        Assert.EndsWith("/report.pdf'", command);
    }

    [Fact]
    public async Task ViewMailcapWithoutAnEntrySaysSo()
    {
        var (pager, menu) = await OpenMenuAsync();
        using var _pager = pager;
        menu.MoveTo(1);

        await pager.RunAsync(menu, "view-mailcap");

        Assert.Equal(["No mailcap entry for application/pdf."], pager.Shell.Errors);
    }

    [Fact]
    public async Task CopiousOutputIsShownInAPager()
    {
        var (pager, menu) = await OpenMenuAsync("application/pdf; cat %s; copiousoutput\n");
        using var _pager = pager;
        menu.MoveTo(1);

        await pager.RunAsync(menu, "view-mailcap");

        var shown = Assert.IsType<PagerView>(pager.Shell.Opened[^1]);
        pager.Show(shown);
        Assert.Equal(["%PDF-1.4", ""], pager.Screen()[..2]);
    }
}
