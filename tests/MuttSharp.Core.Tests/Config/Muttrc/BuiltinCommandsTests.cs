namespace MuttSharp.Core.Tests.Config.Muttrc;

/// <summary>Each list-, header-, alias- and hook-building command, with its undo command and its error messages.</summary>
public sealed class BuiltinCommandsTests : IDisposable
{
    private readonly MuttrcTestBed _bed = new();

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task My_hdr_replaces_a_header_of_the_same_name_and_unmy_hdr_removes_it()
    {
        var config = await _bed.LoadAsync("""
            my_hdr X-Face: abc
            my_hdr Organization: Acme
            my_hdr x-face: def
            my_hdr X-Extra:   spaced   value
            unmy_hdr organization:
            """);

        Assert.Empty(config.Errors);
        Assert.Equal(["x-face: def", "X-Extra:   spaced   value"], config.UserHeaders);

        await config.ExecuteAsync("unmy_hdr *");
        Assert.Empty(config.UserHeaders);
    }

    [Fact]
    public async Task My_hdr_without_a_colon_is_an_invalid_header_field()
    {
        var config = await _bed.LoadAsync("my_hdr nocolon\n");

        Assert.Equal("Error in ~/muttrc, line 1: invalid header field", MuttrcTestBed.ErrorLines(config, _bed.Home)[0]);
    }

    [Fact]
    public async Task Alias_and_unalias()
    {
        var config = await _bed.LoadAsync("""
            alias bob Bob <bob@example.com>
            alias team bob@example.com, "Carol C." <carol@example.com>
            alias BOB Robert <robert@example.com>
            alias -group pals eve eve@example.com
            unalias team
            """);

        Assert.Empty(config.Errors);
        Assert.Equal(["BOB", "eve"], config.Aliases.Select(alias => alias.Name));
        Assert.Equal("Robert <robert@example.com>", config.FindAlias("bob")!.Addresses);
        Assert.Equal(["pals"], config.FindAlias("eve")!.Groups);
        Assert.Equal(["eve@example.com"], config.Groups["pals"].Addresses);

        await config.ExecuteAsync("unalias *");
        Assert.Empty(config.Aliases);
        Assert.False(await config.ExecuteAsync("alias"));
        Assert.Equal("Error in command line: alias: no address", config.Errors[^1].ToString());
    }

    [Fact]
    public async Task Mailboxes_are_expanded_kept_in_order_without_duplicates()
    {
        var config = await _bed.LoadAsync("""
            set folder=~/Mail
            mailboxes +INBOX =Sent ~/other/ +INBOX
            mailboxes -label work -poll +Work
            unmailboxes =Sent
            """);

        Assert.Empty(config.Errors);
        Assert.Equal(
            [Path.Combine(_bed.Home, "Mail", "INBOX"), Path.Combine(_bed.Home, "other"), Path.Combine(_bed.Home, "Mail", "Work")],
            config.Mailboxes);
        await config.ExecuteAsync("unmailboxes *");
        Assert.Empty(config.Mailboxes);
    }

    [Fact]
    public async Task Ignore_and_unignore_take_entries_off_each_other()
    {
        var config = await _bed.LoadAsync("ignore *\nunignore from: subject: x-mailer:\nignore X-Mailer:\n");

        Assert.Equal(["*", "X-Mailer:"], config.IgnoredHeaders);
        Assert.Equal(["from:", "subject:"], config.UnignoredHeaders);

        await config.ExecuteAsync("unignore *");
        Assert.Empty(config.IgnoredHeaders);
    }

    [Theory]
    [InlineData("hdr_order", "unhdr_order")]
    [InlineData("auto_view", "unauto_view")]
    [InlineData("alternative_order", "unalternative_order")]
    [InlineData("mime_lookup", "unmime_lookup")]
    public async Task Ordered_lists_add_once_and_remove_by_entry_or_star(string add, string remove)
    {
        var config = await _bed.LoadAsync($"{add} a/b c/d A/B e/f\n{remove} c/d\n");

        var list = add switch
        {
            "hdr_order" => config.HeaderOrder,
            "auto_view" => config.AutoView,
            "alternative_order" => config.AlternativeOrder,
            _ => config.MimeLookup,
        };
        Assert.Equal(["a/b", "e/f"], list);
        await config.ExecuteAsync($"{remove} *");
        Assert.Empty(list);
    }

    [Fact]
    public async Task Mailto_allow_starts_from_mutts_list_and_debians_line_with_an_equals_sign_is_accepted()
    {
        var config = await _bed.LoadAsync("mailto_allow = cc in-reply-to references\n");

        Assert.Empty(config.Errors);
        Assert.Equal(["body", "subject", "cc", "in-reply-to", "references", "="], config.MailtoAllow);
        await config.ExecuteAsync("unmailto_allow *");
        Assert.Empty(config.MailtoAllow);
        await config.ExecuteAsync("mailto_allow *");
        Assert.Equal(["*"], config.MailtoAllow);
    }

    [Fact]
    public async Task Lists_subscribe_and_alternates_hold_regexes_and_check_them()
    {
        var config = await _bed.LoadAsync("""
            lists ^dev@ announce@
            subscribe -group work ^dev@ ops@
            unsubscribe ops@
            unlists announce@
            alternates '^me@old\.' '^me@new\.' ^me@bare\.
            unalternates '^me@old\.'
            lists (unclosed
            """);

        Assert.Equal(["^dev@", "ops@"], config.MailingLists);
        Assert.Equal(["^dev@"], config.SubscribedLists);
        Assert.Equal(["^dev@", "ops@"], config.Groups["work"].Patterns);
        Assert.Equal(["^me@new\\.", "^me@bare."], config.Alternates);
        Assert.Equal(["^me@old\\."], config.Unalternates);
        Assert.StartsWith("Error in ~/muttrc, line 7: (unclosed: invalid regular expression", MuttrcTestBed.ErrorLines(config, _bed.Home)[0]);
    }

    [Fact]
    public async Task Hooks_are_stored_once_value_hooks_replace_and_unhook_removes_a_kind()
    {
        var config = await _bed.LoadAsync("""
            folder-hook . 'set sort=date'
            folder-hook . 'set sort=date'
            folder-hook =lists 'set sort=threads'
            save-hook ~f@boss +boss
            save-hook ~f@boss +chief
            fcc-save-hook ~t@team +team
            index-format-hook date "~d<1d" "%[%H:%M]"
            send-hook . my_hdr X-Sent: yes
            """);

        Assert.Empty(config.Errors);
        Assert.Equal(
            ["folder-hook", "folder-hook", "save-hook", "fcc-hook", "save-hook", "index-format-hook", "send-hook"],
            config.Hooks.Select(hook => hook.Kind));
        Assert.Equal("+chief", config.Hooks[2].Command);
        Assert.Equal(new("index-format-hook", "~d<1d", "%[%H:%M]", "date"), config.Hooks[5]);
        Assert.Equal("my_hdr X-Sent: yes", config.Hooks[6].Command);

        await config.ExecuteAsync("unhook save-hook");
        Assert.DoesNotContain(config.Hooks, hook => hook.Kind == "save-hook");
        Assert.False(await config.ExecuteAsync("unhook nonsense-hook"));
        Assert.Equal("Error in command line: unhook: unknown hook type: nonsense-hook", config.Errors[^1].ToString());
        await config.ExecuteAsync("unhook *");
        Assert.Empty(config.Hooks);
    }

    [Theory]
    [InlineData("folder-hook", "too few arguments")]
    [InlineData("folder-hook .", "too few arguments")]
    [InlineData("charset-hook a", "too few arguments")]
    [InlineData("score ~A", "score: too few arguments")]
    [InlineData("score ~A x", "Error: score: invalid number")]
    [InlineData("attachments", "attachments: no disposition")]
    [InlineData("attachments +Z text/plain", "attachments: invalid disposition")]
    [InlineData("setenv", "too few arguments")]
    [InlineData("setenv FOO", "too few arguments")]
    [InlineData("unsetenv", "too few arguments")]
    [InlineData("echo", "not enough arguments")]
    [InlineData("group foo", "group: missing -rx or -addr.")]
    [InlineData("group -addr foo", "group: missing -group")]
    [InlineData("source", ": No such file or directory")]
    [InlineData("group -group g foo", "group: missing -rx or -addr.")]
    [InlineData("cd /nonexistent/directory", "cd: No such file or directory")]
    [InlineData("run (if 1 a b)", "run: MuttLisp expressions are not supported")]
    public async Task Command_errors_use_mutts_words(string line, string message)
    {
        var config = _bed.NewConfig();

        Assert.False(await config.ExecuteAsync(line));
        Assert.Equal($"Error in command line: {message}", config.Errors.Single().ToString());
    }

    [Fact]
    public async Task Folder_hooks_fire_in_order_for_matching_folders()
    {
        var config = await _bed.LoadAsync("""
            set folder=~/Mail
            folder-hook . 'set sort=date'
            folder-hook =lists/ 'set sort=threads; set my_list=yes'
            folder-hook !INBOX 'set my_not_inbox=yes'
            """);

        Assert.Equal(3, await config.RunFolderHooksAsync(Path.Combine(_bed.Home, "Mail", "lists", "dev")));
        Assert.Equal("threads", config.GetSort("sort").Method);
        Assert.Equal("yes", config.GetUserVariable("my_not_inbox"));

        Assert.Equal(1, await config.RunFolderHooksAsync(Path.Combine(_bed.Home, "Mail", "INBOX")));
        Assert.Equal("date", config.GetSort("sort").Method);
    }

    [Fact]
    public async Task Message_hooks_fire_where_the_callers_pattern_test_says()
    {
        var config = await _bed.LoadAsync("message-hook '~f boss' 'set my_seen=boss'\nmessage-hook '!~f boss' 'set my_seen=other'\n");

        Assert.Equal(1, await config.RunHooksAsync("message-hook", pattern => pattern == "~f boss"));
        Assert.Equal("boss", config.GetUserVariable("my_seen"));
        Assert.Equal("+chief", (await _bed.LoadAsync("save-hook . +chief\n")).FindHook("save-hook", _ => true)!.Command);
    }

    [Fact]
    public async Task Setenv_is_seen_by_dollar_expansion_and_by_backticks()
    {
        var config = await _bed.LoadAsync("setenv MY_TOOL=mytool\nset my_a=$MY_TOOL my_b=`printenv MY_TOOL`\nunsetenv MY_TOOL\nset my_c=\"[$MY_TOOL]\"\n");

        Assert.Empty(config.Errors);
        Assert.Equal("mytool", config.GetUserVariable("my_a"));
        Assert.Equal("mytool", config.GetUserVariable("my_b"));
        Assert.Equal("[]", config.GetUserVariable("my_c"));
    }

    [Fact]
    public async Task Score_spam_group_attachments_and_run()
    {
        var config = await _bed.LoadAsync("""
            score ~N 5
            score ~N =10
            score ~F 3
            unscore ~F
            spam "X-Spam: (yes)" "%1"
            spam "X-Other: (.*)" "%1"
            nospam "X-Other: (.*)"
            nospam ~f@friend
            group -group pals -addr a@x -rx '@pals\.org$'
            ungroup -group pals -addr a@x
            attachments +A */.*
            attachments -I text/plain
            attachments -A text/x-vcard
            unattachments -A text/x-vcard
            run set my_ran=yes
            echo "hello there"
            """);

        Assert.Empty(config.Errors);
        Assert.Equal([new("~N", "=10")], config.Scores);
        Assert.Equal([new("X-Spam: (yes)", "%1")], config.SpamRules);
        Assert.Equal(["~f@friend"], config.NoSpamPatterns);
        Assert.Empty(config.Groups["pals"].Addresses);
        Assert.Equal(["@pals\\.org$"], config.Groups["pals"].Patterns);
        Assert.Equal(2, config.AttachmentRules.Count);
        Assert.Equal("yes", config.GetUserVariable("my_ran"));
        Assert.Equal(["hello there"], config.Messages);
    }
}
