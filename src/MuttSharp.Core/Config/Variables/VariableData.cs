namespace MuttSharp.Core.Config.Variables;

/// <summary>
/// The variable table as data, one variable per line: name, type, default (backslash escapes as Mutt
/// prints them), whether MuttSharp acts on it yet (y/n), and a one-line description. Rows are in Mutt's
/// own order, which is the order <c>-D</c> prints; <c>synonym</c> rows name the variable an old name
/// stands for. Defaults computed from the environment at start-up are in <see cref="RuntimeDefaults"/>.
/// </summary>
internal static class VariableData
{
    public const string Text = """
        # name	type	default	acted	description
        abort_noattach	quad	no	n
        abort_noattach_regexp	regex	attach	n
        abort_nosubject	quad	ask-yes	n
        abort_unmodified	quad	yes	n
        alias_file	path	~/.muttrc	y
        alias_format	string	%4n %2f %t %-10a   %r	y
        allow_8bit	bool	yes	n
        allow_ansi	bool	no	n
        arrow_cursor	bool	no	n
        ascii_chars	bool	no	n
        askbcc	bool	no	n
        askcc	bool	no	n
        assumed_charset	string		n
        attach_charset	string		n
        attach_format	string	%u%D%I %t%4n %T%.40d%> [%.7m/%.10M, %.6e%?C?, %C?, %s] 	n
        attach_save_charset_convert	quad	ask-yes	n
        attach_save_dir	path		n
        attach_sep	string	\n	n
        attach_split	bool	yes	n
        attribution	string	On %d, %n wrote:	y
        attribution_locale	string		n
        auto_subscribe	bool	no	n
        auto_tag	bool	no	n
        autocrypt	bool	no	n
        autocrypt_acct_format	string	%4n %-30a %20p %10s	n
        autocrypt_dir	path	~/.mutt/autocrypt	n
        autocrypt_reply	bool	yes	n
        autoedit	bool	no	n
        background_edit	bool	no	n
        background_confirm_quit	bool	yes	n
        background_format	string	%10S %7p %s	n
        beep	bool	yes	n
        beep_new	bool	no	n
        bounce	quad	ask-yes	n
        bounce_delivered	bool	yes	n
        braille_friendly	bool	no	n
        browser_abbreviate_mailboxes	bool	yes	n
        browser_sticky_cursor	bool	yes	n
        certificate_file	path	~/.mutt_certificates	n
        change_folder_next	bool	no	n
        charset	string		y
        check_mbox_size	bool	no	n
        check_new	bool	yes	n
        collapse_unread	bool	yes	n
        compose_confirm_detach_first	bool	yes	n
        compose_format	string	-- Mutt: Compose  [Approx. msg size: %l   Atts: %a]%>-	y
        config_charset	string		n
        confirmappend	bool	yes	n
        confirmcreate	bool	yes	n
        connect_timeout	number	30	n
        content_type	string	text/plain	n
        copy	quad	yes	n
        copy_decode_weed	bool	no	n
        count_alternatives	bool	no	n
        cursor_overlay	bool	no	n
        crypt_autoencrypt	bool	no	n
        crypt_autopgp	bool	yes	n
        crypt_autosign	bool	no	n
        crypt_autosmime	bool	yes	n
        crypt_confirmhook	bool	yes	n
        crypt_opportunistic_encrypt	bool	no	n
        crypt_opportunistic_encrypt_strong_keys	bool	no	n
        crypt_protected_headers_read	bool	yes	n
        crypt_protected_headers_save	bool	no	n
        crypt_protected_headers_subject	string	...	n
        crypt_protected_headers_write	bool	no	n
        crypt_replyencrypt	bool	yes	n
        crypt_replysign	bool	no	n
        crypt_replysignencrypted	bool	no	n
        crypt_timestamp	bool	yes	n
        crypt_use_gpgme	bool	no	n
        crypt_use_pka	bool	no	n
        crypt_verify_sig	quad	yes	n
        date_format	string	!%a, %b %d, %Y at %I:%M:%S%p %Z	y
        default_hook	string	~f %s !~P | (~P ~C %s)	n
        delete	quad	ask-yes	n
        delete_untag	bool	yes	n
        digest_collapse	bool	yes	n
        display_filter	path		n
        dotlock_program	path	/usr/bin/mutt_dotlock	n
        dsn_notify	string		n
        dsn_return	string		n
        duplicate_threads	bool	yes	n
        edit_headers	bool	no	n
        editor	path		y
        encode_from	bool	no	n
        entropy_file	path		n
        envelope_from_address	address		n
        error_history	number	30	n
        escape	string	~	n
        fast_reply	bool	no	n
        fcc_attach	quad	yes	n
        fcc_before_send	bool	no	n
        fcc_clear	bool	no	n
        fcc_delimiter	string		n
        flag_safe	bool	no	n
        folder	path	~/Mail	y
        folder_format	string	%2C %t %N %F %2l %-8.8u %-8.8g %8s %d %f	y
        followup_to	bool	yes	n
        force_name	bool	no	n
        forward_attachments	quad	ask-yes	n
        forward_attribution_intro	string	----- Forwarded message from %f -----	n
        forward_attribution_trailer	string	----- End forwarded message -----	n
        forward_decode	bool	yes	n
        forward_decrypt	quad	yes	n
        forward_edit	quad	yes	n
        forward_format	string	[%a: %s]	y
        forward_quote	bool	no	n
        from	address		y
        gecos_mask	regex	^[^,]*	n
        hdrs	bool	yes	n
        header	bool	no	n
        header_cache	path		y
        header_cache_compress	bool	yes	n
        header_cache_pagesize	number	16384	n
        header_color_partial	bool	no	n
        help	bool	yes	n
        hidden_host	bool	no	n
        hide_limited	bool	no	n
        hide_missing	bool	yes	n
        hide_thread_subject	bool	yes	n
        hide_top_limited	bool	no	n
        hide_top_missing	bool	yes	n
        history	number	10	n
        history_file	path	~/.mutthistory	n
        history_remove_dups	bool	no	n
        honor_disposition	bool	no	n
        honor_followup_to	quad	yes	n
        hostname	string		y
        idn_decode	bool	yes	n
        idn_encode	bool	yes	n
        ignore_linear_white_space	bool	no	n
        ignore_list_reply_to	bool	no	n
        imap_authenticators	string		n
        imap_check_subscribed	bool	no	n
        imap_condstore	bool	no	n
        imap_deflate	bool	no	n
        imap_delim_chars	string	/.	n
        imap_fetch_chunk_size	number	0	n
        imap_headers	string		n
        imap_idle	bool	no	n
        imap_keepalive	number	300	n
        imap_list_subscribed	bool	no	n
        imap_login	string		n
        imap_oauth_refresh_command	string		n
        imap_pass	string		n
        imap_passive	bool	yes	n
        imap_peek	bool	yes	n
        imap_pipeline_depth	number	15	n
        imap_poll_timeout	number	15	n
        imap_qresync	bool	no	n
        imap_servernoise	bool	yes	n
        imap_user	string		n
        implicit_autoview	bool	no	n
        include	quad	ask-yes	n
        include_encrypted	bool	no	n
        include_onlyfirst	bool	no	n
        indent_string	string	> 	n
        index_format	string	%4C %Z %{%b %d} %-15.15L (%?l?%4l&%4c?) %s	y
        ispell	path	ispell	n
        keep_flagged	bool	no	n
        local_date_header	bool	yes	n
        mail_check	number	5	y
        mail_check_recent	bool	yes	n
        mail_check_stats	bool	no	n
        mail_check_stats_interval	number	60	n
        mailcap_path	string		n
        mailcap_sanitize	bool	yes	n
        maildir_header_cache_verify	bool	yes	n
        maildir_trash	bool	no	n
        maildir_check_cur	bool	no	n
        mark_macro_prefix	string	'	n
        mark_old	bool	yes	n
        markers	bool	yes	n
        mask	regex	!^\\.[^.]	n
        mbox	path	~/mbox	y
        mbox_type	magic	mbox	y
        menu_context	number	0	n
        menu_move_off	bool	yes	n
        menu_scroll	bool	no	n
        message_cache_clean	bool	no	n
        message_cachedir	path		n
        message_format	string	%s	n
        message_id_format	string	<%z@%f>	n
        meta_key	bool	no	n
        metoo	bool	no	n
        mh_purge	bool	no	n
        mh_seq_flagged	string	flagged	n
        mh_seq_replied	string	replied	n
        mh_seq_unseen	string	unseen	n
        mime_forward	quad	no	n
        mime_forward_decode	bool	no	n
        mime_forward_rest	quad	yes	n
        mime_type_query_command	string		n
        mime_type_query_first	bool	no	n
        mix_entry_format	string	%4n %c %-16s %a	n
        mixmaster	path	mixmaster	n
        move	quad	no	n
        muttlisp_inline_eval	bool	no	n
        narrow_tree	bool	no	n
        net_inc	number	10	n
        new_mail_command	path		n
        pager	path	builtin	n
        pager_context	number	0	n
        pager_format	string	-%Z- %C/%m: %-20.20n   %s%*  -- (%P)	y
        pager_index_lines	number	0	n
        pager_skip_quoted_context	number	0	n
        pager_stop	bool	no	n
        pattern_format	string	%2n %-15e  %d	n
        pgp_auto_decode	bool	no	n
        pgp_autoinline	bool	no	n
        pgp_check_exit	bool	yes	n
        pgp_check_gpg_decrypt_status_fd	bool	yes	n
        pgp_clearsign_command	string		n
        pgp_decode_command	string		n
        pgp_decrypt_command	string		n
        pgp_decryption_okay	regex		n
        pgp_default_key	string		n
        pgp_encrypt_only_command	string		n
        pgp_encrypt_sign_command	string		n
        pgp_entry_format	string	%4n %t%f %4l/0x%k %-4a %2c %u	n
        pgp_export_command	string		n
        pgp_getkeys_command	string		n
        pgp_good_sign	regex		n
        pgp_ignore_subkeys	bool	yes	n
        pgp_import_command	string		n
        pgp_list_pubring_command	string		n
        pgp_list_secring_command	string		n
        pgp_long_ids	bool	yes	n
        pgp_mime_auto	quad	ask-yes	n
        pgp_replyinline	bool	no	n
        pgp_retainable_sigs	bool	no	n
        pgp_self_encrypt	bool	yes	n
        pgp_show_unusable	bool	yes	n
        pgp_sign_as	string		n
        pgp_sign_command	string		n
        pgp_sort_keys	sort	address	n
        pgp_strict_enc	bool	yes	n
        pgp_timeout	number	300	n
        pgp_use_gpg_agent	bool	yes	n
        pgp_verify_command	string		n
        pgp_verify_key_command	string		n
        pipe_decode	bool	no	n
        pipe_decode_weed	bool	yes	n
        pipe_sep	string	\n	n
        pipe_split	bool	no	n
        pop_auth_try_all	bool	yes	n
        pop_authenticators	string		n
        pop_checkinterval	number	60	n
        pop_delete	quad	ask-no	n
        pop_host	string		n
        pop_last	bool	no	n
        pop_oauth_refresh_command	string		n
        pop_pass	string		n
        pop_reconnect	quad	ask-yes	n
        pop_user	string		n
        post_indent_string	string		n
        postpone	quad	ask-yes	n
        postponed	path	~/postponed	y
        postpone_encrypt	bool	no	n
        postpone_encrypt_as	string		n
        preconnect	string		n
        print	quad	ask-no	n
        print_command	path	lpr	n
        print_decode	bool	yes	n
        print_decode_weed	bool	yes	n
        print_split	bool	no	n
        prompt_after	bool	yes	n
        query_command	path		n
        query_format	string	%4c %t %-25.25a %-25.25n %?e?(%e)?	n
        quit	quad	yes	n
        quote_regexp	regex	^([ \t]*[|>:}#])+	n
        read_inc	number	10	n
        read_only	bool	no	n
        realname	string		y
        recall	quad	ask-yes	n
        record	path	~/sent	y
        reflow_space_quotes	bool	yes	n
        reflow_text	bool	yes	n
        reflow_wrap	number	78	n
        reply_regexp	regex	^(re)(\\[[0-9]+\\])*:[ \t]*	n
        reply_self	bool	no	n
        reply_to	quad	ask-yes	n
        resolve	bool	yes	n
        resume_draft_files	bool	no	n
        resume_edited_draft_files	bool	yes	n
        reverse_alias	bool	no	n
        reverse_name	bool	no	n
        reverse_realname	bool	yes	n
        rfc2047_parameters	bool	yes	n
        save_address	bool	no	n
        save_empty	bool	yes	n
        save_history	number	0	n
        save_name	bool	no	n
        score	bool	yes	n
        score_threshold_delete	number	-1	n
        score_threshold_flag	number	9999	n
        score_threshold_read	number	-1	n
        search_context	number	0	n
        send_charset	string	us-ascii:iso-8859-1:utf-8	n
        send_multipart_alternative	quad	no	n
        send_multipart_alternative_filter	path		n
        sendmail	path	/usr/sbin/sendmail -oem -oi	n
        sendmail_wait	number	0	n
        shell	path		n
        sidebar_delim_chars	string	/.	n
        sidebar_divider_char	string	|	n
        sidebar_folder_indent	bool	no	n
        sidebar_format	string	%B%*  %n	y
        sidebar_indent_string	string	  	n
        sidebar_new_mail_only	bool	no	n
        sidebar_next_new_wrap	bool	no	n
        sidebar_relative_shortpath_indent	bool	no	n
        sidebar_short_path	bool	no	n
        sidebar_sort_method	sort	unsorted	n
        sidebar_use_mailbox_shortcuts	bool	no	n
        sidebar_visible	bool	no	n
        sidebar_width	number	30	n
        sig_dashes	bool	yes	n
        sig_on_top	bool	no	n
        signature	path	~/.signature	n
        simple_search	string	~f %s | ~s %s	n
        size_show_bytes	bool	no	n
        size_show_fractions	bool	yes	n
        size_show_mb	bool	yes	n
        size_units_on_left	bool	no	n
        sleep_time	number	1	n
        smart_wrap	bool	yes	n
        smileys	regex	(>From )|(:[-^]?[][)(><}{|/DP])	n
        smime_ask_cert_label	bool	yes	n
        smime_ca_location	path		n
        smime_certificates	path		n
        smime_decrypt_command	string		n
        smime_decrypt_use_default_key	bool	yes	n
        smime_default_key	string		n
        smime_encrypt_command	string		n
        smime_encrypt_with	string	aes256	n
        smime_get_cert_command	string		n
        smime_get_cert_email_command	string		n
        smime_get_signer_cert_command	string		n
        smime_import_cert_command	string		n
        smime_is_default	bool	no	n
        smime_keys	path		n
        smime_pk7out_command	string		n
        smime_self_encrypt	bool	yes	n
        smime_sign_as	string		n
        smime_sign_command	string		n
        smime_sign_digest_alg	string	sha256	n
        smime_sign_opaque_command	string		n
        smime_timeout	number	300	n
        smime_verify_command	string		n
        smime_verify_opaque_command	string		n
        smtp_authenticators	string		n
        smtp_oauth_refresh_command	string		n
        smtp_pass	string		n
        smtp_url	string		n
        sort	sort	date	y
        sort_alias	sort	alias	n
        sort_aux	sort	date	y
        sort_browser	sort	alpha	n
        sort_browser_mailboxes	sort	unsorted	n
        sort_re	bool	yes	y
        sort_thread_groups	sort	aux	n
        spam_separator	string	,	n
        spoolfile	path		y
        ssl_ca_certificates_file	path		n
        ssl_client_cert	path		n
        ssl_force_tls	bool	yes	n
        ssl_min_dh_prime_bits	number	0	n
        ssl_starttls	quad	yes	n
        ssl_use_sslv2	bool	no	n
        ssl_use_sslv3	bool	no	n
        ssl_use_tlsv1	bool	no	n
        ssl_use_tlsv1_1	bool	no	n
        ssl_use_tlsv1_2	bool	yes	n
        ssl_use_tlsv1_3	bool	yes	n
        ssl_usesystemcerts	bool	yes	n
        ssl_verify_dates	bool	yes	n
        ssl_verify_host	bool	yes	n
        ssl_verify_host_override	string		n
        ssl_verify_partial_chains	bool	no	n
        ssl_ciphers	string		n
        status_chars	string	-*%A	n
        status_format	string	-%r-Mutt: %f [Msgs:%?M?%M/?%m%?n? New:%n?%?o? Old:%o?%?d? Del:%d?%?F? Flag:%F?%?t? Tag:%t?%?p? Post:%p?%?b? Inc:%b?%?B? Back:%B?%?l? %l?]---(%s/%?T?%T/?%S)-%>-(%P)---	y
        status_on_top	bool	no	n
        strict_threads	bool	no	y
        suspend	bool	yes	n
        text_flowed	bool	no	n
        thorough_search	bool	yes	n
        thread_received	bool	no	n
        tilde	bool	no	n
        time_inc	number	0	n
        timeout	number	600	n
        tmpdir	path		n
        to_chars	string	 +TCFL	n
        trash	path		n
        ts_icon_format	string	M%?n?AIL&ail?	n
        ts_enabled	bool	no	n
        ts_status_format	string	Mutt with %?m?%m messages&no messages?%?n? [%n NEW]?	n
        tunnel	string		n
        tunnel_is_secure	bool	yes	n
        uncollapse_jump	bool	no	n
        uncollapse_new	bool	yes	n
        use_8bitmime	bool	no	n
        use_domain	bool	yes	n
        use_envelope_from	bool	no	n
        use_from	bool	yes	n
        use_ipv6	bool	yes	n
        user_agent	bool	no	n
        visual	path		y
        wait_key	bool	yes	n
        weed	bool	yes	n
        wrap	number	0	n
        wrap_headers	number	78	n
        wrap_search	bool	yes	n
        wrapmargin	number	0	n
        write_bcc	bool	no	n
        write_inc	number	10	n
        theme	string	default	y
        keymap	string	vim	y
        edit_hdrs	synonym	edit_headers	n
        envelope_from	synonym	use_envelope_from	n
        forw_decode	synonym	forward_decode	n
        forw_format	synonym	forward_format	n
        forw_quote	synonym	forward_quote	n
        hdr_format	synonym	index_format	n
        indent_str	synonym	indent_string	n
        mime_fwd	synonym	mime_forward	n
        msg_format	synonym	message_format	n
        pgp_autoencrypt	synonym	crypt_autoencrypt	n
        pgp_autosign	synonym	crypt_autosign	n
        pgp_auto_traditional	synonym	pgp_replyinline	n
        pgp_create_traditional	synonym	pgp_autoinline	n
        pgp_replyencrypt	synonym	crypt_replyencrypt	n
        pgp_replysign	synonym	crypt_replysign	n
        pgp_replysignencrypted	synonym	crypt_replysignencrypted	n
        pgp_verify_sig	synonym	crypt_verify_sig	n
        post_indent_str	synonym	post_indent_string	n
        print_cmd	synonym	print_command	n
        xterm_icon	synonym	ts_icon_format	n
        xterm_set_titles	synonym	ts_enabled	n
        xterm_title	synonym	ts_status_format	n
        pgp_self_encrypt_as	synonym	pgp_default_key	n
        smime_self_encrypt_as	synonym	smime_default_key	n
        """;
}
