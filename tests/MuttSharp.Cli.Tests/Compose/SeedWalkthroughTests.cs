using System.Diagnostics;
using MuttSharp.Cli.Tests.Support;

namespace MuttSharp.Cli.Tests.Compose;

/// <summary>
/// The seed's walkthrough with the real binary: <c>muttsharp mail</c> sends <c>Test Postfix</c>, the reader in
/// tmux opens it with Enter and answers it with <c>r</c> and <c>y</c>, through the engine running as its own
/// process on 127.0.0.1. Virtual mailboxes stand in for the users' homes, so the test needs no root.
/// </summary>
public sealed class SeedWalkthroughTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("muttsharp-seed").FullName;
    private readonly string socket = "muttsharp-seed-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task MailThenReplyFromTheReaderDeliversTheAnswerWithItsThreadingAndMarksTheOriginal()
    {
        string conf = Path.Combine(root, "conf");
        Directory.CreateDirectory(conf);
        File.WriteAllText(Path.Combine(conf, "aliases"), "postmaster: root\nroot: microlinux@example.com\nmicrolinux: microlinux@example.com\ninfo: info@example.com\n");
        File.WriteAllText(Path.Combine(conf, "vmailbox"), "microlinux@example.com microlinux/\ninfo@example.com info/\n");
        File.WriteAllText(Path.Combine(conf, "main.cf"), $"""
            myhostname = sd-41893.dedibox.fr
            mydestination = $myhostname, localhost
            mynetworks = 127.0.0.0/8
            queue_directory = {root}/queue
            alias_maps = texthash:{conf}/aliases
            virtual_mailbox_domains = example.com
            virtual_mailbox_base = {root}/vmail
            virtual_mailbox_maps = texthash:{conf}/vmailbox
            """);
        string home = Path.Combine(root, "home");
        Directory.CreateDirectory(home);
        File.WriteAllText(Path.Combine(home, "edit.sh"), "#!/bin/sh\nprintf '\\nEt voici la réponse.\\n' >> \"$1\"\n");
        File.WriteAllText(Path.Combine(home, "muttrc"), $"""
            set mbox_type=Maildir
            set folder="{root}/vmail/microlinux"
            set spoolfile="{root}/vmail/microlinux"
            set record="+Sent"
            set fast_reply=yes
            set include=yes
            set editor="/bin/sh {home}/edit.sh"
            my_hdr From: microlinux@example.com (Microlinux)
            my_hdr Reply-To: microlinux@example.com (Microlinux)

            """ + """
            set send_charset="utf-8"
            set attribution_locale="fr_FR.UTF-8"
            set attribution="Le %{%d/%m/%Y à %H:%M}, %n a écrit :"

            """);
        var environment = new Dictionary<string, string> { ["HOME"] = home, ["MAIL_CONFIG"] = conf, ["USER"] = "info" };

        using var engine = await SmtpdProcess.StartAsync(conf, environment);
        var sent = await MuttSharpProcess.RunAsync(["mail", "-s", "Test Postfix", "microlinux"], environment, "Ceci est un test.\n.\n");
        Assert.True(sent.ExitCode == 0, sent.Error);
        string originalText = await SingleFileAsync(Path.Combine(root, "vmail", "microlinux", "new"));
        Assert.StartsWith("Return-Path: <info@sd-41893.dedibox.fr>", originalText);
        Assert.Contains("X-Original-To: microlinux@sd-41893.dedibox.fr", originalText);
        Assert.Contains("Delivered-To: microlinux@example.com", originalText);
        Assert.Contains("Received: by sd-41893.dedibox.fr (MuttSharp", originalText);
        string messageId = originalText.Split('\n').First(l => l.StartsWith("Message-Id: ", StringComparison.OrdinalIgnoreCase))[12..];

        string command = string.Join(' ', new[] { "env", $"HOME={home}", $"MAIL_CONFIG={conf}", "USER=microlinux", "TERM=xterm", "LANG=C.UTF-8",
            "dotnet", MuttSharpProcess.Binary, "-n", "-F", Path.Combine(home, "muttrc") }.Select(Quote));
        Tmux("new-session", "-d", "-s", "seed", "-x", "100", "-y", "30", command);
        await UntilAsync(() => Screen().Contains("Test Postfix"));
        Assert.Matches(@"1 N .*Test Postfix", Screen());
        Tmux("send-keys", "-t", "seed", "Enter");
        await UntilAsync(() => Screen().Contains("Ceci est un test."));
        Tmux("send-keys", "-t", "seed", "r");
        await UntilAsync(() => Screen().Contains("-- Attachments"));
        Tmux("send-keys", "-t", "seed", "y");
        await UntilAsync(() => Screen().Contains("Mail sent."));

        string reply = await SingleFileAsync(Path.Combine(root, "vmail", "info", "new"));
        Assert.Contains($"\nIn-Reply-To: {messageId}\n", reply);
        Assert.Contains($"\nReferences: {messageId}\n", reply);
        Assert.Contains("\nSubject: Re: Test Postfix\n", reply);
        Assert.Contains("\nFrom: Microlinux <microlinux@example.com>\n", reply);
        Assert.Matches(@"\nLe \d\d/\d\d/\d{4} à \d\d:\d\d, info@sd-41893\.dedibox\.fr a écrit :\n> Ceci est un test\.\n\nEt voici la réponse\.\n$", reply);
        Tmux("send-keys", "-t", "seed", "q");
        await UntilAsync(() => Screen().Contains("Msgs:1"));
        Tmux("send-keys", "-t", "seed", "q");
        string flagged = await SingleFileAsync(Path.Combine(root, "vmail", "microlinux", "cur"), f => f.EndsWith(":2,RS", StringComparison.Ordinal));
        Assert.EndsWith(":2,RS", flagged);
        Assert.Single(Directory.GetFiles(Path.Combine(root, "vmail", "microlinux", "Sent", "cur")));
    }

    public void Dispose()
    {
        try
        {
            Tmux("kill-server");
        }
        catch (InvalidOperationException)
        {
        }
        Directory.Delete(root, recursive: true);
    }

    private static string Quote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private string Screen() => Tmux("capture-pane", "-p", "-t", "seed");

    private string Tmux(params string[] args)
    {
        var start = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-L");
        start.ArgumentList.Add(socket);
        foreach (string arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("tmux did not start");
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 && args[0] != "kill-server")
            throw new InvalidOperationException($"tmux {string.Join(' ', args)}: {process.StandardError.ReadToEnd()}");
        return output;
    }

    private static async Task<string> SingleFileAsync(string directory) =>
        File.ReadAllText(await SingleFileAsync(directory, _ => true));

    /// <summary>The one file in <paramref name="directory"/>, once there is one whose name satisfies <paramref name="ready"/>.</summary>
    private static async Task<string> SingleFileAsync(string directory, Func<string, bool> ready)
    {
        for (int i = 0; i < 300 && !(Directory.Exists(directory) && Directory.GetFiles(directory).Any(ready)); i++)
            await Task.Delay(100);
        return Assert.Single(Directory.GetFiles(directory));
    }

    private async Task UntilAsync(Func<bool> condition)
    {
        for (int i = 0; i < 60; i++)
        {
            if (condition())
                return;
            await Task.Delay(500);
        }
        Assert.Fail("the screen never showed what was expected:\n" + Screen());
    }
}
