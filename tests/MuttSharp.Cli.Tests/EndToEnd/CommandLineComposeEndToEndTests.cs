namespace MuttSharp.Cli.Tests.EndToEnd;

/// <summary>
/// <c>muttsharp -s subject addr</c> typed at a terminal composes on the screen, as Mutt does when its input is not
/// redirected: the envelope prompts filled from the flags, the editor, the compose menu, then the program ends.
/// </summary>
public sealed class CommandLineComposeEndToEndTests : IDisposable
{
    private readonly string home = Directory.CreateTempSubdirectory("muttsharp-cli-compose-").FullName;

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

    private string Muttrc()
    {
        File.WriteAllText(Path.Combine(home, "edit.sh"), "#!/bin/sh\nprintf 'Typed in the editor.\\n' >> \"$1\"\n");
        File.WriteAllText(Path.Combine(home, "capture.sh"), $"#!/bin/sh\ncat > {home}/sent.eml\n");
        File.WriteAllText(Path.Combine(home, "body.txt"), "From the -i file.\n");
        string rc = Path.Combine(home, "muttrc");
        File.WriteAllText(rc, $"set editor=\"/bin/sh {home}/edit.sh\"\nset sendmail=\"/bin/sh {home}/capture.sh\"\nset record=\"\"\nset from=me@example.org\n");
        return rc;
    }

    [Fact]
    public async Task The_message_given_on_the_command_line_is_composed_on_the_screen_and_sent_then_the_program_exits_zero()
    {
        string rc = Muttrc();
        await using var tmux = await TmuxSession.StartAsync(["-n", "-F", rc, "-s", "From the shell", "-i", Path.Combine(home, "body.txt"), "alice@example.com"], home);

        await tmux.WaitForTextAsync("To: alice@example.com");
        await tmux.SendAsync("Enter", literal: false);
        await tmux.WaitForTextAsync("Subject: From the shell");
        await tmux.SendAsync("Enter", literal: false);
        await tmux.WaitForTextAsync("-- Attachments");
        await tmux.SendAsync("y");
        await tmux.WaitForTextAsync(TmuxSession.ExitMarker + "0");

        string sent = File.ReadAllText(Path.Combine(home, "sent.eml"));
        Assert.Contains("\nTo: alice@example.com\n", sent);
        Assert.Contains("\nSubject: From the shell\n", sent);
        Assert.EndsWith("\n\nFrom the -i file.\nTyped in the editor.\n", sent);
    }

    [Fact]
    public async Task Abandoning_the_message_sends_nothing_and_exits_one_as_Mutt_does()
    {
        string rc = Muttrc();
        await using var tmux = await TmuxSession.StartAsync(["-n", "-F", rc, "bob@example.com"], home);

        await tmux.WaitForTextAsync("To: bob@example.com");
        await tmux.SendAsync("Enter", literal: false);
        await tmux.WaitForTextAsync("Subject:");
        await tmux.SendAsync("Hi");
        await tmux.SendAsync("Enter", literal: false);
        await tmux.WaitForTextAsync("-- Attachments");
        await tmux.SendAsync("q");
        await tmux.WaitForTextAsync("Abort this message?");
        await tmux.SendAsync("y");
        await tmux.WaitForTextAsync(TmuxSession.ExitMarker + "1");

        Assert.False(File.Exists(Path.Combine(home, "sent.eml")));
    }
}
