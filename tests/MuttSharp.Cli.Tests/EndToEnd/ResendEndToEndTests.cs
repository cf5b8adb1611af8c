using MuttSharp.Core.Mailboxes;

namespace MuttSharp.Cli.Tests.EndToEnd;

/// <summary><c>resend-message</c> driven in tmux: Esc e, the editor on the template, the compose menu, <c>y</c>.</summary>
public sealed class ResendEndToEndTests : IDisposable
{
    private readonly string home = Directory.CreateTempSubdirectory("muttsharp-e2e-resend-").FullName;

    private string Folder => Path.Combine(home, "Maildir");

    public void Dispose()
    {
        try
        {
            Directory.Delete(home, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task Esc_e_resends_the_message_through_the_editor_and_the_compose_menu_as_a_new_one()
    {
        SampleMaildir.Generate(Folder, 5, seed: 3);
        string original = Path.Combine(Folder, "cur", "1700000001.resend.e2e:2,S");
        File.WriteAllText(original,
            "Return-Path: <alice@example.org>\nFrom: Alice <alice@example.org>\nTo: Bob <bob@example.org>\n" +
            "Subject: zz quarterly report\nDate: Mon, 1 Jan 2024 00:01:00 +0000\nMessage-ID: <report@example.org>\n\nThe figures.\n");
        // The editor adds a line; $sendmail keeps what it is given, with its arguments.
        string editor = Path.Combine(home, "editor.sh");
        File.WriteAllText(editor, "echo 'Sent again.' >> \"$1\"\n");
        string sendmail = Path.Combine(home, "sendmail.sh");
        string sent = Path.Combine(home, "sent.eml");
        File.WriteAllText(sendmail, $"echo \"$@\" > '{sent}.args'\ncat > '{sent}'\n");
        string rc = Path.Combine(home, "muttrc");
        File.WriteAllText(rc, $"set sort=subject\nset arrow_cursor\nset editor=\"sh {editor}\"\nset sendmail=\"sh {sendmail}\"\nset record=\"\"\nset quit=yes\n");

        await using var tmux = await TmuxSession.StartAsync(["-n", "-F", rc, "-f", Folder], home);
        await tmux.WaitForTextAsync("[Msgs:6");
        await tmux.SendAsync("/");
        await tmux.WaitForTextAsync("Search for:");
        await tmux.SendAsync("~s quarterly\r");
        await tmux.WaitForAsync(s => s.Split('\n').Any(l => l.StartsWith("->", StringComparison.Ordinal) && l.Contains("zz quarterly report")), "the cursor on the message");

        await tmux.SendAsync("Escape", literal: false);
        await tmux.SendAsync("e");
        string compose = await tmux.WaitForTextAsync("-- Attachments");
        Assert.True(compose.Contains("From: Alice <alice@example.org>", StringComparison.Ordinal), compose);
        Assert.Contains("Subject: zz quarterly report", compose);
        await tmux.SendAsync("y");
        await tmux.WaitForTextAsync("Mail sent.");

        string message = File.ReadAllText(sent);
        Assert.Contains("From: Alice <alice@example.org>\n", message);
        Assert.Contains("To: Bob <bob@example.org>\n", message);
        Assert.Contains("The figures.\nSent again.\n", message);
        Assert.Contains("Message-ID: <", message);
        Assert.DoesNotContain("report@example.org", message);
        Assert.DoesNotContain("Return-Path", message);
        Assert.Contains("bob@example.org", File.ReadAllText(sent + ".args"));
        // A resent message leaves its original as it was: no R, no P.
        Assert.True(File.Exists(original));

        await tmux.SendAsync("q");
        await tmux.WaitForTextAsync(TmuxSession.ExitMarker + "0");
    }
}
