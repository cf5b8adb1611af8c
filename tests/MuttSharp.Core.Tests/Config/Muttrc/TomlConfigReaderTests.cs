using MuttSharp.Core.Config.Toml;
using MuttSharp.Core.Config.Variables;

namespace MuttSharp.Core.Tests.Config.Muttrc;

public sealed class TomlConfigReaderTests : IDisposable
{
    private readonly MuttrcTestBed _bed = new();

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task Keys_are_mutt_variables_arrays_are_list_commands_and_aliases_is_a_table()
    {
        var config = _bed.NewConfig();

        bool ok = await TomlConfigReader.ApplyAsync(config, """
            # MuttSharp settings
            folder = "~/Mail"
            sort = "threads"
            sort_aux = "reverse-last-date-received"
            mail_check = 60
            beep = false
            edit_headers = true
            quit = "ask-no"
            theme = "dark"
            my_signature_name = "Alice"
            mailboxes = ["+INBOX", "+Sent", "+Lists/mutt users"]
            alternates = ['^alice@example\.(org|net)$']
            hdr_order = ["Date", "From", "Subject"]
            my_hdr = ["X-Editor: vim"]
            commands = ["bind index G last-entry", "folder-hook . 'set sort=threads'"]

            [aliases]
            bob = "Bob <bob@example.com>"
            "team-a" = "a@example.com, b@example.com"
            """, "config.toml");

        Assert.True(ok, string.Join("\n", config.Errors));
        Assert.Equal(Path.Combine(_bed.Home, "Mail"), config.GetPath("folder"));
        Assert.Equal("threads", config.GetSort("sort").Method);
        Assert.Equal(60, config.GetNumber("mail_check"));
        Assert.False(config.GetBool("beep"));
        Assert.True(config.GetBool("edit_headers"));
        Assert.Equal(QuadOption.AskNo, config.GetQuad("quit"));
        Assert.Equal("dark", config.GetString("theme"));
        Assert.Equal("Alice", config.GetUserVariable("my_signature_name"));
        Assert.Equal(Path.Combine(_bed.Home, "Mail", "Lists/mutt users"), config.Mailboxes[2]);
        Assert.Equal(["^alice@example\\.(org|net)$"], config.Alternates);
        Assert.Equal(["Date", "From", "Subject"], config.HeaderOrder);
        Assert.Equal(["X-Editor: vim"], config.UserHeaders);
        Assert.Single(config.Hooks);
        Assert.Equal("a@example.com, b@example.com", config.FindAlias("team-a")!.Addresses);
    }

    [Fact]
    public async Task Bad_keys_and_values_are_errors_with_file_and_line_and_the_rest_applies()
    {
        var config = _bed.NewConfig();

        bool ok = await TomlConfigReader.ApplyAsync(config, """
            no_such_variable = 1
            mail_check = "often"
            sort = "threads"
            wrap = 1.5
            beep = ["x"]

            [colors]
            normal = "red"
            """, "config.toml");

        Assert.False(ok);
        Assert.Equal("threads", config.GetSort("sort").Method);
        Assert.Equal(
            [
                "Error in config.toml, line 1: no_such_variable: unknown variable",
                "Error in config.toml, line 2: often: invalid value (format error)",
                "Error in config.toml, line 4: wrap: value must be a string, integer or boolean",
                "Error in config.toml, line 5: beep: takes no array",
                "Error in config.toml, line 7: [colors]: unknown table (only [aliases] is read)",
            ],
            config.Errors.Select(error => error.ToString()));
    }

    [Fact]
    public async Task Toml_syntax_errors_name_the_line()
    {
        var config = _bed.NewConfig();

        Assert.False(await TomlConfigReader.ApplyAsync(config, "sort = \"threads\"\nwrap = = 3\n", "config.toml"));

        Assert.NotEmpty(config.Errors);
        Assert.All(config.Errors, error => Assert.StartsWith("Error in config.toml, line 2: ", error.ToString()));
    }
}
