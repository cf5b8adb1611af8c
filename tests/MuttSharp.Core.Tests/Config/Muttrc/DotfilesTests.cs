using MuttSharp.Core.Config.Colors;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Config.Variables;

namespace MuttSharp.Core.Tests.Config.Muttrc;

/// <summary>Realistic muttrc files in the style of public dotfiles load without a single error and mean what they say.</summary>
public sealed class DotfilesTests : IDisposable
{
    private readonly MuttrcTestBed _bed = new();

    public void Dispose() => _bed.Dispose();

    private static string TestData(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Muttrc", name));

    [Fact]
    public async Task Vim_users_muttrc_loads_clean()
    {
        var config = await _bed.LoadAsync(TestData("vim-user.muttrc"));

        Assert.Empty(MuttrcTestBed.ErrorLines(config, _bed.Home));
        Assert.Equal(Path.Combine(_bed.Home, "Mail", "INBOX"), config.GetPath("spoolfile"));
        Assert.Equal(new SortOrder("date-received", Reverse: true, Last: true), config.GetSort("sort_aux"));
        Assert.Equal("vim +/^$ +nohlsearch", config.GetString("editor"));
        Assert.False(config.GetBool("markers"));
        Assert.Equal(QuadOption.No, config.GetQuad("move"));
        Assert.Equal(5, config.Mailboxes.Count);
        Assert.Equal(Path.Combine(_bed.Home, "Mail", "Lists/mutt users"), config.Mailboxes[4]);
        Assert.Equal(["Date", "From", "To", "Cc", "Subject"], config.HeaderOrder);
        Assert.Equal(["*"], config.IgnoredHeaders);
        Assert.Equal(["text/plain", "text/enriched", "text/html"], config.AlternativeOrder);
        Assert.Equal(4, config.Hooks.Count);
        var maps = KeyMuttrcCommands.BuildKeyMaps(config, out string? keyError);
        Assert.Null(keyError);
        Assert.Equal("half-down", maps.Resolve(KeyMenu.Pager, KeySequence.Parse("\\Cd"))?.Function);
        Assert.Equal("<change-folder>=INBOX<enter>", maps.Resolve(KeyMenu.Index, KeySequence.Parse("gi"))?.Macro);
        Assert.True(config.GetExtension<ColorConfiguration>().Count >= 2, "the color and mono lines were applied");
    }

    [Fact]
    public async Task Dotfiles_split_over_sourced_files_with_backticks_load_clean()
    {
        _bed.Write(".mutt/colors", "color normal white black\ncolor status black green\n");
        _bed.Write(".mutt/aliases", "alias mum Mum <mum@example.net>\nalias team dev@example.net, ops@example.net\n");

        var config = await _bed.LoadAsync(TestData("sourced-dotfiles.muttrc"));

        Assert.Empty(MuttrcTestBed.ErrorLines(config, _bed.Home));
        Assert.Equal(Path.Combine(_bed.Home, "Maildir"), config.GetPath("folder"));
        Assert.Equal("mail.example.net", config.GetString("hostname"));
        Assert.Equal(Path.Combine(_bed.Home, ".mutt", "aliases"), config.GetPath("alias_file"));
        Assert.Equal(8, config.GetNumber("pager_index_lines"));
        Assert.Equal("plain:login", config.GetString("smtp_authenticators"));
        Assert.True(config.GetBool("ssl_force_tls"));
        Assert.Equal("abook --mutt-query '%s'", config.GetString("query_command"));
        Assert.Equal(["mum", "team"], config.Aliases.Select(alias => alias.Name));
        Assert.Equal(["^alice@(old\\.)?example\\.(net|com)$", "alice.liddell@example.org"], config.Alternates);
        Assert.Equal(["^dev@lists\\.example\\.net$", "announce@example.net"], config.MailingLists);
        Assert.Equal(["^dev@lists\\.example\\.net$"], config.Groups["work"].Patterns);
        Assert.Equal("^((re|aw|sv)(\\[[0-9]+\\])*:[ \t]*)*", config.GetString("reply_regexp"));
        Assert.Equal(["save-hook", "fcc-hook", "message-hook", "reply-hook", "charset-hook"], config.Hooks.Select(hook => hook.Kind));
        Assert.Equal([".mutt/colors", ".mutt/aliases"], config.SourcedFiles.Skip(1).Select(path => Path.GetRelativePath(_bed.Home, path)));
    }

    [Fact]
    public async Task Neomutt_style_muttrc_with_guards_and_appends_loads_clean()
    {
        var config = await _bed.LoadAsync(TestData("neomutt-style.muttrc"));

        Assert.Empty(MuttrcTestBed.ErrorLines(config, _bed.Home));
        Assert.True(config.GetBool("sidebar_short_path"));
        Assert.Equal("yes", config.GetUserVariable("my_guard"));
        Assert.Equal("-- Alice", config.GetUserVariable("my_sig"));
        Assert.Equal(3, config.GetNumber("pager_context"));
        Assert.Equal("/dev/pts/0", config.Environment.Get("GPG_TTY"));
        Assert.False(config.GetBool("beep"));
        Assert.False(config.GetBool("help"));
        Assert.Equal(QuadOption.AskYes, config.GetQuad("crypt_verify_sig"));
        Assert.Equal(2, config.Scores.Count);
        Assert.Equal(["bob@example.com", "carol@example.com"], config.Groups["friends"].Addresses.Take(2));
        Assert.Equal("Organization: Alice's Adventures \"in\" Wonderland", config.UserHeaders[1]);
        Assert.Equal("\"Carol C.\" <carol@example.com>, dave@example.com", config.FindAlias("CAROL")!.Addresses);
        Assert.Equal([Path.Combine(_bed.Home, "Maildir", "INBOX")], config.Mailboxes);
        Assert.Equal(["configuration loaded"], config.Messages);
        Assert.Equal(3, config.AttachmentRules.Count(rule => rule.Disposition == "A"));
    }
}
