using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Variables;

namespace MuttSharp.Core.Tests.Config.Muttrc;

public sealed class MuttConfigTests : IDisposable
{
    private readonly MuttrcTestBed _bed = new();

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task Seed_muttrc_loads_without_error_and_means_what_mutt_means()
    {
        var config = await _bed.LoadAsync("""
            set mbox_type=Maildir
            set folder="~/Maildir"
            set spoolfile="~/Maildir"
            set mbox="+Mailbox"
            my_hdr From: microlinux@sd-41893.dedibox.fr (Microlinux)
            my_hdr Reply-To: microlinux@sd-41893.dedibox.fr (Microlinux)
            """);

        Assert.Empty(config.Errors);
        Assert.Equal("Maildir", config.GetString("mbox_type"));
        Assert.Equal(Path.Combine(_bed.Home, "Maildir"), config.GetPath("folder"));
        Assert.Equal(Path.Combine(_bed.Home, "Maildir"), config.GetPath("spoolfile"));
        Assert.Equal(Path.Combine(_bed.Home, "Maildir", "Mailbox"), config.GetPath("mbox"));
        Assert.Equal(
            ["From: microlinux@sd-41893.dedibox.fr (Microlinux)", "Reply-To: microlinux@sd-41893.dedibox.fr (Microlinux)"],
            config.UserHeaders);
        Assert.Equal("mbox=\"=Mailbox\"", config.QueryVariable("mbox"));
    }

    [Fact]
    public void Defaults_are_mutts()
    {
        var config = _bed.NewConfig();

        Assert.True(config.GetBool("beep"));
        Assert.Equal(QuadOption.AskYes, config.GetQuad("abort_nosubject"));
        Assert.Equal(5, config.GetNumber("mail_check"));
        Assert.Equal(new SortOrder("date", false, false), config.GetSort("sort"));
        Assert.Equal("%4C %Z %{%b %d} %-15.15L (%?l?%4l&%4c?) %s", config.GetString("index_format"));
        Assert.Equal("^([ \t]*[|>:}#])+", config.GetString("quote_regexp"));
        Assert.Equal("quote_regexp=\"^([ \\t]*[|>:}#])+\"", config.QueryVariable("quote_regexp"));
        Assert.Equal("default", config.GetString("theme"));
        Assert.Equal("vim", config.GetString("keymap"));
        Assert.Equal("mailhost", config.GetString("hostname"));
        Assert.Equal("Alice Liddell", config.GetString("realname"));
        Assert.Equal("/var/mail/alice", config.GetPath("spoolfile"));
        Assert.Equal("utf-8", config.GetString("charset"));
    }

    [Fact]
    public void Every_variable_of_mutt_2_2_is_in_the_table_with_a_type_and_description()
    {
        var table = VariableTable.Default;

        Assert.Equal(418 + 2, table.All.Count);
        Assert.All(table.All, definition => Assert.False(string.IsNullOrWhiteSpace(definition.Description), definition.Name));
        Assert.True(table.TryFind("edit_hdrs", out var synonym));
        Assert.Equal("edit_headers", synonym.Name);
    }
}
