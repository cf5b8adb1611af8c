using System.Text.RegularExpressions;
using MuttSharp.Core.Config.Variables;

namespace MuttSharp.Core.Tests.Config.Muttrc;

public sealed class VariableTableTests
{
    [Fact]
    public void Every_variable_mutt_2_2_documents_is_there_with_a_description_plus_muttsharps_own()
    {
        var table = VariableTable.Default;

        Assert.Equal(418 + 3, table.All.Count);
        Assert.Equal(table.All.Count, table.All.Select(definition => definition.Name).Distinct().Count());
        Assert.All(table.All, definition => Assert.False(string.IsNullOrWhiteSpace(definition.Description), definition.Name));
        Assert.Equal(["abort_noattach", "abort_noattach_regexp"], table.All.Take(2).Select(definition => definition.Name));
        Assert.Equal(["theme", "keymap", "key_timeout"], table.All.TakeLast(3).Select(definition => definition.Name));
        Assert.Equal(197, table.All.Count(definition => definition.Type == VariableType.Boolean));
        Assert.Equal(27, table.All.Count(definition => definition.Type == VariableType.Quad));
        Assert.Equal(8, table.All.Count(definition => definition.Type == VariableType.Sort));
    }

    [Theory]
    [InlineData("edit_hdrs", "edit_headers")]
    [InlineData("hdr_format", "index_format")]
    [InlineData("xterm_set_titles", "ts_enabled")]
    [InlineData("pgp_self_encrypt_as", "pgp_default_key")]
    [InlineData("envelope_from", "use_envelope_from")]
    public void Synonyms_resolve_to_the_variable_they_stand_for(string synonym, string name)
    {
        Assert.True(VariableTable.Default.TryFind(synonym, out var definition));
        Assert.Equal(name, definition.Name);
    }

    [Fact]
    public void Sort_variables_know_their_method_sets()
    {
        Assert.Equal("messages", Find("sort").SortMethods);
        Assert.Equal("aux", Find("sort_aux").SortMethods);
        Assert.Equal("sidebar", Find("sidebar_sort_method").SortMethods);
        Assert.Equal("keys", Find("pgp_sort_keys").SortMethods);
    }

    [Fact]
    public void A_malformed_table_row_is_refused_with_its_line()
    {
        var error = Assert.Throws<InvalidDataException>(() => VariableTable.Parse("good\tbool\tyes\tn\tok\nbad\tnosuchtype\tx\tn\tdesc\n"));

        Assert.Contains("line 2", error.Message);
    }

    // Every name read with a literal in src/ (config.GetBool("..."), GetString, GetNumber, GetQuad, GetPath,
    // GetRegex, GetSort); a new read of a variable belongs here and in the table's "acted" column.
    private static readonly string[] ReadByTheCode =
    [
        "abort_nosubject", "abort_unmodified", "alias_file", "allow_8bit", "allow_ansi", "arrow_cursor", "ascii_chars", "assumed_charset",
        "attach_format", "attach_save_dir", "attribution", "attribution_locale", "auto_tag", "beep", "beep_new", "bounce",
        "bounce_delivered", "collapse_unread", "compose_format", "confirmappend", "confirmcreate", "copy", "date_format",
        "delete", "delete_untag", "display_filter", "duplicate_threads", "edit_headers", "editor", "fast_reply", "folder", "folder_format",
        "followup_to", "forward_attachments", "forward_attribution_intro", "forward_attribution_trailer", "forward_format",
        "forward_quote", "from", "header_cache", "help", "hide_limited", "hide_missing", "hide_thread_subject",
        "hide_top_limited", "hide_top_missing", "history", "honor_disposition", "honor_followup_to", "hostname",
        "ignore_list_reply_to", "implicit_autoview", "include", "include_onlyfirst", "indent_string", "index_format",
        "keep_flagged", "mail_check", "mail_check_stats", "mail_check_stats_interval", "mailcap_path",
        "maildir_header_cache_verify", "maildir_trash", "mark_old", "markers", "mask", "mbox", "mbox_type", "menu_context",
        "menu_move_off", "menu_scroll", "metoo", "mime_forward", "move", "narrow_tree", "pager_format", "pager_stop",
        "pipe_decode", "pipe_sep", "pipe_split", "post_indent_string", "postponed", "print", "print_command", "print_decode",
        "print_split", "query_command", "query_format", "quit", "quote_regexp", "read_only", "realname", "record",
        "reflow_space_quotes", "reflow_text", "reflow_wrap", "reply_regexp", "reply_self", "reply_to", "resolve", "reverse_name",
        "reverse_realname", "save_address", "send_charset", "sendmail", "shell", "sidebar_delim_chars", "sidebar_divider_char",
        "sidebar_folder_indent", "sidebar_format", "sidebar_indent_string", "sidebar_new_mail_only", "sidebar_short_path",
        "sidebar_sort_method", "sidebar_visible", "sidebar_width", "sig_dashes", "sig_on_top", "signature", "simple_search",
        "smart_wrap", "smileys", "smtp_authenticators", "smtp_pass", "smtp_url", "sort", "sort_aux", "sort_re",
        "sort_thread_groups", "spoolfile", "ssl_force_tls", "ssl_starttls", "status_chars", "status_format", "strict_threads",
        "text_flowed", "thread_received", "tilde", "tmpdir", "to_chars", "trash", "use_domain", "use_envelope_from", "use_from",
        "user_agent", "wait_key", "weed", "wrap", "wrap_search"
    ];

    [Fact]
    public void Every_variable_the_code_reads_is_marked_acted()
    {
        var unmarked = ReadByTheCode.Where(name => !Find(name).Acted).ToList();

        Assert.Empty(unmarked);
    }

    [Fact]
    public void The_documentation_lists_exactly_the_variables_not_acted_on_yet()
    {
        string doc = File.ReadAllText(RepositoryFile("docs/muttrc.md"));
        int start = doc.IndexOf("### Variables accepted and shown but not acted on yet", StringComparison.Ordinal);
        int end = doc.IndexOf("\n## ", start, StringComparison.Ordinal);
        string section = doc[start..end];
        string listed = section[section.LastIndexOf("\n\n", section.Length - 3, StringComparison.Ordinal)..];

        var documented = Regex.Matches(listed, "`([a-z0-9_]+)`").Select(match => match.Groups[1].Value).Order().ToList();
        var table = VariableTable.Default.All.Where(definition => !definition.Acted).Select(definition => definition.Name).Order().ToList();

        Assert.Equal(table, documented);
    }

    private static VariableDefinition Find(string name)
    {
        Assert.True(VariableTable.Default.TryFind(name, out var definition));
        return definition;
    }

    private static string RepositoryFile(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MuttSharp.sln")))
                return Path.Combine(directory.FullName, name);
        }
        throw new FileNotFoundException("repository root not found above " + AppContext.BaseDirectory);
    }
}
