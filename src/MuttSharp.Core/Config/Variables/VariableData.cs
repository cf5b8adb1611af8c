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
        abort_noattach	quad	no	n	Whether to stop sending when the body mentions an attachment but none is attached.
        abort_noattach_regexp	regex	attach	n	Text in the body that counts as mentioning an attachment.
        abort_nosubject	quad	ask-yes	y	Whether to stop composing when no subject is given.
        abort_unmodified	quad	yes	y	Whether to stop composing when the body was not changed in the editor.
        alias_file	path	~/.muttrc	y	File that new aliases are appended to.
        alias_format	string	%4n %2f %t %-10a   %r	y	Layout of each line of the alias menu.
        allow_8bit	bool	yes	y	Send 8-bit text as is instead of encoding it to 7 bits.
        allow_ansi	bool	no	y	Interpret ANSI colour escapes found in messages.
        arrow_cursor	bool	no	y	Mark the current menu entry with an arrow instead of a highlighted bar.
        ascii_chars	bool	no	y	Draw thread and attachment trees with plain ASCII.
        askbcc	bool	no	n	Prompt for Bcc recipients before editing a message.
        askcc	bool	no	n	Prompt for Cc recipients before editing a message.
        assumed_charset	string		y	Charsets tried for text that declares none.
        attach_charset	string		n	Charsets tried when guessing the encoding of attached text files.
        attach_format	string	%u%D%I %t%4n %T%.40d%> [%.7m/%.10M, %.6e%?C?, %C?, %s] 	y	Layout of each line of the attachment menu.
        attach_save_charset_convert	quad	ask-yes	n	Whether to convert text attachments to the local charset when saving.
        attach_save_dir	path		y	Default directory for saved attachments.
        attach_sep	string	\n	n	Separator written between tagged attachments handled together.
        attach_split	bool	yes	n	Handle tagged attachments one at a time instead of concatenated.
        attribution	string	On %d, %n wrote:	y	Line put before a quoted message in a reply.
        attribution_locale	string		y	Locale used for dates in the attribution line.
        auto_subscribe	bool	no	n	Treat a List-Post header as a subscription to that list.
        auto_tag	bool	no	y	Make index functions act on all tagged messages without a tag prefix.
        autocrypt	bool	no	n	Enable Autocrypt key exchange through headers.
        autocrypt_acct_format	string	%4n %-30a %20p %10s	n	Layout of each line of the Autocrypt account menu.
        autocrypt_dir	path	~/.mutt/autocrypt	n	Directory for Autocrypt keys and database.
        autocrypt_reply	bool	yes	n	Turn on Autocrypt when replying to an Autocrypt message.
        autoedit	bool	no	n	Go straight to the editor, skipping the recipient and subject prompts.
        background_edit	bool	no	n	Run the editor in the background so other mail can be read meanwhile.
        background_confirm_quit	bool	yes	n	Ask before quitting while background compose sessions are open.
        background_format	string	%10S %7p %s	n	Layout of each line of the background compose menu.
        beep	bool	yes	y	Beep on errors.
        beep_new	bool	no	y	Beep when new mail arrives.
        bounce	quad	ask-yes	y	Whether to confirm before bouncing a message.
        bounce_delivered	bool	yes	y	Keep Delivered-To headers when bouncing.
        braille_friendly	bool	no	n	Put the cursor where a braille display expects it.
        browser_abbreviate_mailboxes	bool	yes	n	Show mailbox names in the browser with = and ~ shortcuts.
        browser_sticky_cursor	bool	yes	n	Keep the browser cursor on the same mailbox after changes.
        certificate_file	path	~/.mutt_certificates	n	File of accepted TLS certificates.
        change_folder_next	bool	no	n	Suggest the next mailbox after the current one when changing folder.
        charset	string		n	Character set of the terminal and local text.
        check_mbox_size	bool	no	n	Detect new mail in mbox folders by size instead of access time.
        check_new	bool	yes	n	Look for new mail while a Maildir or MH folder is open.
        collapse_unread	bool	yes	y	Allow collapsing threads that contain unread messages.
        compose_confirm_detach_first	bool	yes	n	Ask before detaching the first (body) part in the compose menu.
        compose_format	string	-- Mutt: Compose  [Approx. msg size: %l   Atts: %a]%>-	y	Layout of the compose menu status line.
        config_charset	string		n	Character set the configuration files are written in.
        confirmappend	bool	yes	y	Ask before appending messages to an existing mailbox.
        confirmcreate	bool	yes	y	Ask before creating a mailbox that does not exist.
        connect_timeout	number	30	n	Seconds to wait for a network connection before giving up.
        content_type	string	text/plain	n	Content type of new message bodies.
        copy	quad	yes	y	Whether to save a copy of sent messages.
        copy_decode_weed	bool	no	n	Weed headers when copying or saving decoded messages.
        count_alternatives	bool	no	n	Look inside multipart/alternative parts when counting attachments.
        cursor_overlay	bool	no	n	Draw the indicator colour over other colours instead of replacing them.
        crypt_autoencrypt	bool	no	n	Encrypt every outgoing message.
        crypt_autopgp	bool	yes	n	Allow PGP to be enabled automatically.
        crypt_autosign	bool	no	n	Sign every outgoing message.
        crypt_autosmime	bool	yes	n	Allow S/MIME to be enabled automatically.
        crypt_confirmhook	bool	yes	n	Ask before using keys chosen by a crypt-hook.
        crypt_opportunistic_encrypt	bool	no	n	Encrypt automatically when keys for every recipient are known.
        crypt_opportunistic_encrypt_strong_keys	bool	no	n	Only use strongly trusted keys for opportunistic encryption.
        crypt_protected_headers_read	bool	yes	n	Show protected headers from signed or encrypted messages.
        crypt_protected_headers_save	bool	no	n	Save protected headers into the header cache for searching.
        crypt_protected_headers_subject	string	...	n	Replacement subject shown outside an encrypted message.
        crypt_protected_headers_write	bool	no	n	Write protected headers into signed or encrypted messages.
        crypt_replyencrypt	bool	yes	n	Encrypt replies to encrypted messages.
        crypt_replysign	bool	no	n	Sign replies to signed messages.
        crypt_replysignencrypted	bool	no	n	Sign replies to encrypted messages.
        crypt_timestamp	bool	yes	n	Mark PGP and S/MIME output with timestamps.
        crypt_use_gpgme	bool	no	n	Use the GPGME library for cryptography.
        crypt_use_pka	bool	no	n	Use PKA DNS records to find and verify keys.
        crypt_verify_sig	quad	yes	n	Whether to verify signatures when displaying messages.
        date_format	string	!%a, %b %d, %Y at %I:%M:%S%p %Z	y	strftime format for %d in format strings.
        default_hook	string	~f %s !~P | (~P ~C %s)	n	Pattern a bare address in a hook becomes.
        delete	quad	ask-yes	y	Whether to purge deleted messages when leaving a folder.
        delete_untag	bool	yes	y	Untag messages when marking them deleted.
        digest_collapse	bool	yes	n	Show digest parts as one collapsed level in the attachment menu.
        display_filter	path		y	Command the message text passes through before the pager shows it.
        dotlock_program	path	/usr/bin/mutt_dotlock	n	Program used to lock mbox folders.
        dsn_notify	string		n	Delivery status notifications to request.
        dsn_return	string		n	How much of the message a delivery status notification returns.
        duplicate_threads	bool	yes	y	Mark messages with the same Message-ID as duplicates in threads.
        edit_headers	bool	no	y	Put the headers in the editor along with the body.
        editor	path		y	Editor for composing messages.
        encode_from	bool	no	n	Quoted-printable encode lines starting with From.
        entropy_file	path		n	File that seeds the TLS random generator.
        envelope_from_address	address		n	Address used as the envelope sender.
        error_history	number	30	n	How many error messages to remember.
        escape	string	~	n	Escape character of the built-in editor.
        fast_reply	bool	no	y	Skip the recipient and subject prompts when replying or forwarding.
        fcc_attach	quad	yes	n	Whether to save attachments in the copy of a sent message.
        fcc_before_send	bool	no	n	Save the copy of a sent message before sending it.
        fcc_clear	bool	no	n	Save the copy of a sent message unencrypted and unsigned.
        fcc_delimiter	string		n	Separator for several Fcc mailboxes in one setting.
        flag_safe	bool	no	n	Never purge flagged messages.
        folder	path	~/Mail	y	Default location of mailboxes, written as + or =.
        folder_format	string	%2C %t %N %F %2l %-8.8u %-8.8g %8s %d %f	y	Layout of each line of the file browser.
        followup_to	bool	yes	y	Write a Mail-Followup-To header when replying to lists.
        force_name	bool	no	n	Save outgoing mail in a folder named after the recipient even when it does not exist.
        forward_attachments	quad	ask-yes	y	Whether to include attachments that cannot be decoded when forwarding inline.
        forward_attribution_intro	string	----- Forwarded message from %f -----	y	Line put before a forwarded message.
        forward_attribution_trailer	string	----- End forwarded message -----	y	Line put after a forwarded message.
        forward_decode	bool	yes	n	Decode a message when forwarding it inline.
        forward_decrypt	quad	yes	n	Decrypt a message when forwarding it.
        forward_edit	quad	yes	n	Whether to open the editor when forwarding.
        forward_format	string	[%a: %s]	y	Subject of a forwarded message.
        forward_quote	bool	no	y	Quote a forwarded message with the indent string.
        from	address		y	Default sender address.
        gecos_mask	regex	^[^,]*	n	Regex selecting the real name from the password file.
        hdrs	bool	yes	n	Include my_hdr headers in outgoing mail.
        header	bool	no	n	Include the replied message's headers in the reply text.
        header_cache	path		y	File or directory where message headers are cached.
        header_cache_compress	bool	yes	n	Compress the header cache.
        header_cache_pagesize	number	16384	n	Page size of the header cache database.
        header_color_partial	bool	no	n	Colour only the matching part of a header.
        help	bool	yes	y	Show the help line at the top of menus.
        hidden_host	bool	no	n	Leave the host part off outgoing addresses.
        hide_limited	bool	no	y	Hide the thread marks of messages hidden by a limit.
        hide_missing	bool	yes	y	Hide the thread marks of missing messages.
        hide_thread_subject	bool	yes	y	Hide subjects that repeat their parent's in a thread.
        hide_top_limited	bool	no	y	Hide the marks of limited messages at the top of a thread.
        hide_top_missing	bool	yes	y	Hide the marks of missing messages at the top of a thread.
        history	number	10	y	Lines of prompt history kept per category.
        history_file	path	~/.mutthistory	n	File the prompt history is saved to.
        history_remove_dups	bool	no	n	Remove repeated entries from the history.
        honor_disposition	bool	no	y	Respect Content-Disposition: attachment when displaying.
        honor_followup_to	quad	yes	y	Whether to follow Mail-Followup-To when group replying.
        hostname	string		y	Fully qualified host name used in addresses and Message-IDs.
        idn_decode	bool	yes	n	Show internationalised domain names decoded.
        idn_encode	bool	yes	n	Encode internationalised domain names when sending.
        ignore_linear_white_space	bool	no	n	Ignore whitespace between encoded words in headers.
        ignore_list_reply_to	bool	no	y	Ignore a Reply-To that points back at the list.
        imap_authenticators	string		n	IMAP authentication methods to try, in order.
        imap_check_subscribed	bool	no	n	Add subscribed IMAP folders to the mailbox list.
        imap_condstore	bool	no	n	Use the IMAP CONDSTORE extension.
        imap_deflate	bool	no	n	Compress IMAP traffic.
        imap_delim_chars	string	/.	n	Characters that separate IMAP folder levels.
        imap_fetch_chunk_size	number	0	n	Headers fetched per IMAP request.
        imap_headers	string		n	Extra headers to fetch from IMAP.
        imap_idle	bool	no	n	Use IMAP IDLE to hear about new mail.
        imap_keepalive	number	300	n	Seconds between IMAP keepalive commands.
        imap_list_subscribed	bool	no	n	Show only subscribed folders in the IMAP browser.
        imap_login	string		n	IMAP login name.
        imap_oauth_refresh_command	string		n	Command that prints an OAuth token for IMAP.
        imap_pass	string		n	IMAP password.
        imap_passive	bool	yes	n	Do not open extra IMAP connections just to check mail.
        imap_peek	bool	yes	n	Fetch IMAP messages without marking them read.
        imap_pipeline_depth	number	15	n	IMAP commands sent before waiting for replies.
        imap_poll_timeout	number	15	n	Seconds to wait for an IMAP poll answer.
        imap_qresync	bool	no	n	Use the IMAP QRESYNC extension.
        imap_servernoise	bool	yes	n	Show warnings the IMAP server sends.
        imap_user	string		n	IMAP user name.
        implicit_autoview	bool	no	y	Show through the mailcap any part with a copiousoutput entry.
        include	quad	ask-yes	y	Whether to quote the message in a reply.
        include_encrypted	bool	no	n	Quote encrypted parts in a reply.
        include_onlyfirst	bool	no	y	Quote only the first part of a message in a reply.
        indent_string	string	> 	y	Prefix put before each quoted line.
        index_format	string	%4C %Z %{%b %d} %-15.15L (%?l?%4l&%4c?) %s	y	Layout of each line of the message index.
        ispell	path	ispell	n	Spell checker command.
        keep_flagged	bool	no	y	Keep flagged messages in the spool when moving read mail.
        local_date_header	bool	yes	n	Write the Date header in the local time zone.
        mail_check	number	5	y	Seconds between checks for new mail.
        mail_check_recent	bool	yes	n	Count only mail that arrived since the last visit as new.
        mail_check_stats	bool	no	y	Count messages in every mailbox when checking for mail.
        mail_check_stats_interval	number	60	y	Seconds between mailbox message counts.
        mailcap_path	string		y	Mailcap files to search, colon-separated.
        mailcap_sanitize	bool	yes	n	Strip unsafe characters from values put into mailcap commands.
        maildir_header_cache_verify	bool	yes	y	Check Maildir file times against the header cache.
        maildir_trash	bool	no	y	Mark deleted Maildir messages with the trashed flag instead of removing them.
        maildir_check_cur	bool	no	n	Look in cur/ as well as new/ for new Maildir mail.
        mark_macro_prefix	string	'	n	Prefix of the macros created by mark-message.
        mark_old	bool	yes	y	Mark new messages old when leaving a folder without reading them.
        markers	bool	yes	y	Show a + at the start of wrapped lines.
        mask	regex	!^\\.[^.]	y	Regex of file names shown in the browser.
        mbox	path	~/mbox	y	Where read mail from the spool is moved to.
        mbox_type	magic	mbox	y	Format of new mailboxes.
        menu_context	number	0	y	Lines of context kept when scrolling menus.
        menu_move_off	bool	yes	y	Allow the last menu entry to scroll off the top.
        menu_scroll	bool	no	y	Scroll menus a line at a time instead of a page.
        message_cache_clean	bool	no	n	Remove stale entries from the message cache.
        message_cachedir	path		n	Directory where message bodies are cached.
        message_format	string	%s	n	Layout of attached messages in the compose menu.
        message_id_format	string	<%z@%f>	n	Template for generated Message-IDs.
        meta_key	bool	no	n	Treat keys with the high bit set as Escape plus the key.
        metoo	bool	no	y	Keep yourself among the recipients of a group reply.
        mh_purge	bool	no	n	Remove deleted MH messages instead of renaming them.
        mh_seq_flagged	string	flagged	n	MH sequence name for flagged messages.
        mh_seq_replied	string	replied	n	MH sequence name for replied messages.
        mh_seq_unseen	string	unseen	n	MH sequence name for unseen messages.
        mime_forward	quad	no	y	Whether to forward a message as a MIME attachment.
        mime_forward_decode	bool	no	n	Decode a message forwarded as a MIME attachment.
        mime_forward_rest	quad	yes	n	Whether to forward the other attachments when forwarding from the attachment menu.
        mime_type_query_command	string		n	Command that guesses the type of an attachment.
        mime_type_query_first	bool	no	n	Run the type query command before looking at mime.types.
        mix_entry_format	string	%4n %c %-16s %a	n	Layout of the Mixmaster chain menu.
        mixmaster	path	mixmaster	n	Mixmaster remailer program.
        move	quad	no	y	Whether to move read messages from the spool to the mbox.
        muttlisp_inline_eval	bool	no	n	Evaluate bare parentheses in commands as MuttLisp.
        narrow_tree	bool	no	y	Draw thread trees narrower.
        net_inc	number	10	n	Kilobytes between network progress updates.
        new_mail_command	path		n	Command run when new mail arrives.
        pager	path	builtin	n	Pager program, or builtin.
        pager_context	number	0	n	Lines kept from the previous page when paging.
        pager_format	string	-%Z- %C/%m: %-20.20n   %s%*  -- (%P)	y	Layout of the pager status line.
        pager_index_lines	number	0	n	Index lines shown above the pager.
        pager_skip_quoted_context	number	0	n	Lines of quoted text shown before skipping past a quote.
        pager_stop	bool	no	y	Stay at the end of a message instead of moving to the next.
        pattern_format	string	%2n %-15e  %d	n	Layout of each line of the pattern completion menu.
        pgp_auto_decode	bool	no	n	Decode traditional PGP messages automatically.
        pgp_autoinline	bool	no	n	Create inline (traditional) PGP messages.
        pgp_check_exit	bool	yes	n	Check the exit status of PGP commands.
        pgp_check_gpg_decrypt_status_fd	bool	yes	n	Check GnuPG's status output to confirm decryption.
        pgp_clearsign_command	string		n	Command that clear-signs inline PGP messages.
        pgp_decode_command	string		n	Command that decodes PGP attachments.
        pgp_decrypt_command	string		n	Command that decrypts PGP messages.
        pgp_decryption_okay	regex		n	Text in PGP output that means decryption worked.
        pgp_default_key	string		n	Default PGP key for encrypting to yourself and signing.
        pgp_encrypt_only_command	string		n	Command that encrypts without signing.
        pgp_encrypt_sign_command	string		n	Command that encrypts and signs.
        pgp_entry_format	string	%4n %t%f %4l/0x%k %-4a %2c %u	n	Layout of each line of the PGP key menu.
        pgp_export_command	string		n	Command that exports a public key.
        pgp_getkeys_command	string		n	Command run to fetch a missing key.
        pgp_good_sign	regex		n	Text in PGP output that means a good signature.
        pgp_ignore_subkeys	bool	yes	n	Ignore PGP subkeys in the key menu.
        pgp_import_command	string		n	Command that imports keys.
        pgp_list_pubring_command	string		n	Command that lists public keys.
        pgp_list_secring_command	string		n	Command that lists secret keys.
        pgp_long_ids	bool	yes	n	Show long PGP key IDs.
        pgp_mime_auto	quad	ask-yes	n	Whether to fall back to PGP/MIME when inline PGP is impossible.
        pgp_replyinline	bool	no	n	Reply to inline PGP messages with inline PGP.
        pgp_retainable_sigs	bool	no	n	Make signed and encrypted messages whose signature survives decryption.
        pgp_self_encrypt	bool	yes	n	Also encrypt outgoing messages to your own key.
        pgp_show_unusable	bool	yes	n	Show unusable keys in the key menu.
        pgp_sign_as	string		n	Key used for signing.
        pgp_sign_command	string		n	Command that makes detached PGP signatures.
        pgp_sort_keys	sort	address	n	Order of the PGP key menu.
        pgp_strict_enc	bool	yes	n	Quoted-printable encode PGP-signed text.
        pgp_timeout	number	300	n	Seconds before a cached passphrase is forgotten.
        pgp_use_gpg_agent	bool	yes	n	Let gpg-agent handle passphrases.
        pgp_verify_command	string		n	Command that verifies signatures.
        pgp_verify_key_command	string		n	Command that verifies key information.
        pipe_decode	bool	no	y	Decode messages before piping them.
        pipe_decode_weed	bool	yes	n	Weed headers of decoded messages before piping them.
        pipe_sep	string	\n	y	Separator written between messages piped together.
        pipe_split	bool	no	y	Pipe tagged messages one at a time.
        pop_auth_try_all	bool	yes	n	Try every POP authentication method, not only the first that applies.
        pop_authenticators	string		n	POP authentication methods to try, in order.
        pop_checkinterval	number	60	n	Seconds between POP mail checks.
        pop_delete	quad	ask-no	n	Whether to delete fetched messages from the POP server.
        pop_host	string		n	POP server to fetch mail from.
        pop_last	bool	no	n	Use the POP LAST command to fetch only unread mail.
        pop_oauth_refresh_command	string		n	Command that prints an OAuth token for POP.
        pop_pass	string		n	POP password.
        pop_reconnect	quad	ask-yes	n	Whether to reconnect when the POP connection drops.
        pop_user	string		n	POP user name.
        post_indent_string	string		y	Line put after a quoted message in a reply.
        postpone	quad	ask-yes	n	Whether to postpone a message that is not sent.
        postponed	path	~/postponed	y	Mailbox where postponed messages are kept.
        postpone_encrypt	bool	no	n	Encrypt postponed messages.
        postpone_encrypt_as	string		n	Key postponed messages are encrypted to.
        preconnect	string		n	Command run before connecting to a server.
        print	quad	ask-no	y	Whether to confirm before printing.
        print_command	path	lpr	y	Command messages are printed with.
        print_decode	bool	yes	y	Decode messages before printing them.
        print_decode_weed	bool	yes	n	Weed headers of decoded messages before printing them.
        print_split	bool	no	y	Print tagged messages one at a time.
        prompt_after	bool	yes	n	Prompt for a command after an external pager exits.
        query_command	path		y	Command that searches an external address book.
        query_format	string	%4c %t %-25.25a %-25.25n %?e?(%e)?	y	Layout of each line of the query menu.
        quit	quad	yes	y	Whether to confirm before quitting.
        quote_regexp	regex	^([ \t]*[|>:}#])+	y	Regex recognising quoted lines in the pager.
        read_inc	number	10	n	Messages between progress updates while reading a folder.
        read_only	bool	no	y	Open folders read-only.
        realname	string		y	Real name put in the From header.
        recall	quad	ask-yes	n	Whether to offer postponed messages when composing.
        record	path	~/sent	y	Mailbox where copies of sent messages are saved.
        reflow_space_quotes	bool	yes	y	Add spaces between quote markers of reflowed text.
        reflow_text	bool	yes	y	Reflow format=flowed text to the screen width.
        reflow_wrap	number	78	y	Column at which reflowed text is wrapped.
        reply_regexp	regex	^(re)(\\[[0-9]+\\])*:[ \t]*	y	Regex recognising reply prefixes in subjects.
        reply_self	bool	no	y	Reply to the recipients, not yourself, when replying to your own message.
        reply_to	quad	ask-yes	y	Whether to use the Reply-To address when replying.
        resolve	bool	yes	y	Move to the next message after marking one.
        resume_draft_files	bool	no	n	Process draft files given with -H like postponed messages.
        resume_edited_draft_files	bool	yes	n	Resume drafts written by an earlier session.
        reverse_alias	bool	no	n	Show the alias name instead of the real name in the index.
        reverse_name	bool	no	y	Reply from the address the message was sent to.
        reverse_realname	bool	yes	y	Keep the real name of the address used by reverse_name.
        rfc2047_parameters	bool	yes	n	Decode RFC 2047 encoded MIME parameters.
        save_address	bool	no	y	Name saved mail after the whole sender address.
        save_empty	bool	yes	n	Keep a mailbox that becomes empty instead of removing it.
        save_history	number	0	n	History entries saved to the history file.
        save_name	bool	no	n	Save outgoing mail in a folder named after the recipient when it exists.
        score	bool	yes	n	Use message scores.
        score_threshold_delete	number	-1	n	Messages scoring at or below this are marked deleted.
        score_threshold_flag	number	9999	n	Messages scoring at or above this are flagged.
        score_threshold_read	number	-1	n	Messages scoring at or below this are marked read.
        search_context	number	0	n	Lines of context shown above a pager search match.
        send_charset	string	us-ascii:iso-8859-1:utf-8	y	Charsets tried in order for outgoing text.
        send_multipart_alternative	quad	no	n	Whether to add a generated alternative part when sending.
        send_multipart_alternative_filter	path		n	Command that generates the alternative part.
        sendmail	path	/usr/sbin/sendmail -oem -oi	y	Program used to send mail.
        sendmail_wait	number	0	n	Seconds to wait for the sendmail program before backgrounding it.
        shell	path		y	Shell for shell escapes.
        sidebar_delim_chars	string	/.	y	Characters that separate folder levels in the sidebar.
        sidebar_divider_char	string	|	y	Character between the sidebar and the rest of the screen.
        sidebar_folder_indent	bool	no	y	Indent sidebar folders by their depth.
        sidebar_format	string	%B%*  %n	y	Layout of each sidebar line.
        sidebar_indent_string	string	  	y	String used to indent sidebar folders.
        sidebar_new_mail_only	bool	no	y	Show only mailboxes with new or flagged mail in the sidebar.
        sidebar_next_new_wrap	bool	no	n	Wrap around when looking for the next mailbox with new mail.
        sidebar_relative_shortpath_indent	bool	no	n	Shorten and indent sidebar names relative to the mailbox above.
        sidebar_short_path	bool	no	y	Show only the last part of each sidebar folder name.
        sidebar_sort_method	sort	unsorted	y	Order of the sidebar.
        sidebar_use_mailbox_shortcuts	bool	no	n	Show = and ~ shortcuts in sidebar names.
        sidebar_visible	bool	no	y	Show the sidebar.
        sidebar_width	number	30	y	Width of the sidebar in columns.
        sig_dashes	bool	yes	y	Put the "-- " line before the signature.
        sig_on_top	bool	no	y	Put the signature above the quoted text.
        signature	path	~/.signature	y	File (or command ending in |) giving the signature.
        simple_search	string	~f %s | ~s %s	y	Pattern a search without ~ operators becomes.
        size_show_bytes	bool	no	n	Show small sizes in bytes.
        size_show_fractions	bool	yes	n	Show sizes with one decimal.
        size_show_mb	bool	yes	n	Show large sizes in megabytes.
        size_units_on_left	bool	no	n	Put size units before the number.
        sleep_time	number	1	n	Seconds an informational message stays before the next.
        smart_wrap	bool	yes	y	Wrap long lines at word boundaries.
        smileys	regex	(>From )|(:[-^]?[][)(><}{|/DP])	y	Regex for lines that look quoted but are not.
        smime_ask_cert_label	bool	yes	n	Ask for a label when importing an S/MIME certificate.
        smime_ca_location	path		n	File or directory of trusted certificate authorities.
        smime_certificates	path		n	Directory of S/MIME certificates.
        smime_decrypt_command	string		n	Command that decrypts S/MIME messages.
        smime_decrypt_use_default_key	bool	yes	n	Decrypt with the default key instead of the addressed one.
        smime_default_key	string		n	Default S/MIME key for encrypting to yourself and signing.
        smime_encrypt_command	string		n	Command that encrypts S/MIME messages.
        smime_encrypt_with	string	aes256	n	Cipher used for S/MIME encryption.
        smime_get_cert_command	string		n	Command that extracts certificates from a message.
        smime_get_cert_email_command	string		n	Command that extracts the address from a certificate.
        smime_get_signer_cert_command	string		n	Command that extracts the signer's certificate.
        smime_import_cert_command	string		n	Command that imports a certificate.
        smime_is_default	bool	no	n	Use S/MIME rather than PGP by default.
        smime_keys	path		n	Directory of S/MIME keys.
        smime_pk7out_command	string		n	Command that extracts PKCS#7 structures.
        smime_self_encrypt	bool	yes	n	Also encrypt outgoing S/MIME messages to your own key.
        smime_sign_as	string		n	Certificate used for signing.
        smime_sign_command	string		n	Command that makes S/MIME signatures.
        smime_sign_digest_alg	string	sha256	n	Digest algorithm for S/MIME signatures.
        smime_sign_opaque_command	string		n	Command that makes opaque S/MIME signatures.
        smime_timeout	number	300	n	Seconds before a cached S/MIME passphrase is forgotten.
        smime_verify_command	string		n	Command that verifies S/MIME signatures.
        smime_verify_opaque_command	string		n	Command that verifies opaque S/MIME signatures.
        smtp_authenticators	string		y	SMTP authentication methods to try, in order.
        smtp_oauth_refresh_command	string		n	Command that prints an OAuth token for SMTP.
        smtp_pass	string		y	SMTP password.
        smtp_url	string		y	SMTP server to send through, as smtp:// or smtps:// URL.
        sort	sort	date	y	Order of the message index.
        sort_alias	sort	alias	n	Order of the alias menu.
        sort_aux	sort	date	y	Secondary order of the index and order within threads.
        sort_browser	sort	alpha	n	Order of the file browser.
        sort_browser_mailboxes	sort	unsorted	n	Order of the mailbox list in the browser.
        sort_re	bool	yes	y	Thread a message only under a parent when its subject starts with a reply prefix.
        sort_thread_groups	sort	aux	y	Order of the top-level threads.
        spam_separator	string	,	n	Separator between several spam tags.
        spoolfile	path		y	Mailbox opened at start-up.
        ssl_ca_certificates_file	path		n	File of trusted TLS certificate authorities.
        ssl_client_cert	path		n	Client certificate for TLS connections.
        ssl_force_tls	bool	yes	y	Require TLS for every connection.
        ssl_min_dh_prime_bits	number	0	n	Smallest Diffie-Hellman prime accepted.
        ssl_starttls	quad	yes	y	Whether to use STARTTLS when the server offers it.
        ssl_use_sslv2	bool	no	n	Allow SSLv2.
        ssl_use_sslv3	bool	no	n	Allow SSLv3.
        ssl_use_tlsv1	bool	no	n	Allow TLS 1.0.
        ssl_use_tlsv1_1	bool	no	n	Allow TLS 1.1.
        ssl_use_tlsv1_2	bool	yes	n	Allow TLS 1.2.
        ssl_use_tlsv1_3	bool	yes	n	Allow TLS 1.3.
        ssl_usesystemcerts	bool	yes	n	Trust the system's certificate authorities.
        ssl_verify_dates	bool	yes	n	Check certificate validity dates.
        ssl_verify_host	bool	yes	n	Check that the certificate names the host.
        ssl_verify_host_override	string		n	Host name to check the certificate against instead.
        ssl_verify_partial_chains	bool	no	n	Accept a certificate chain that ends at a trusted intermediate.
        ssl_ciphers	string		n	TLS cipher list.
        status_chars	string	-*%A	y	Characters showing the folder state in the status line.
        status_format	string	-%r-Mutt: %f [Msgs:%?M?%M/?%m%?n? New:%n?%?o? Old:%o?%?d? Del:%d?%?F? Flag:%F?%?t? Tag:%t?%?p? Post:%p?%?b? Inc:%b?%?B? Back:%B?%?l? %l?]---(%s/%?T?%T/?%S)-%>-(%P)---	y	Layout of the index status line.
        status_on_top	bool	no	n	Put the status line at the top of the screen.
        strict_threads	bool	no	y	Thread only by References and In-Reply-To, never by subject.
        suspend	bool	yes	n	Allow Ctrl-Z to suspend.
        text_flowed	bool	no	y	Send text as format=flowed.
        thorough_search	bool	yes	n	Decode messages before searching them.
        thread_received	bool	no	y	Date threads by when their messages arrived.
        tilde	bool	no	y	Show ~ on blank lines after the end of a message.
        time_inc	number	0	n	Milliseconds between progress updates.
        timeout	number	600	n	Seconds of keyboard idleness before mail is checked.
        tmpdir	path		y	Directory for temporary files.
        to_chars	string	 +TCFL	y	Characters marking how a message is addressed to you.
        trash	path		y	Mailbox deleted messages are moved to.
        ts_icon_format	string	M%?n?AIL&ail?	n	Terminal icon title.
        ts_enabled	bool	no	n	Set the terminal title.
        ts_status_format	string	Mutt with %?m?%m messages&no messages?%?n? [%n NEW]?	n	Terminal window title.
        tunnel	string		n	Command whose input and output replace a network connection.
        tunnel_is_secure	bool	yes	n	Treat the tunnel as encrypted.
        uncollapse_jump	bool	no	n	Jump to the next unread message when a thread is opened.
        uncollapse_new	bool	yes	n	Open a collapsed thread when new mail arrives in it.
        use_8bitmime	bool	no	n	Ask the mail server for 8BITMIME.
        use_domain	bool	yes	y	Add the host name to unqualified addresses.
        use_envelope_from	bool	no	y	Set the envelope sender explicitly.
        use_from	bool	yes	y	Write a From header on outgoing mail.
        use_ipv6	bool	yes	n	Try IPv6 addresses when connecting.
        user_agent	bool	no	y	Add a User-Agent header.
        visual	path		n	Editor for the built-in editor's ~v command.
        wait_key	bool	yes	y	Wait for a key after an external command.
        weed	bool	yes	y	Hide ignored headers when displaying and forwarding.
        wrap	number	0	y	Column the pager wraps at (negative: from the right edge).
        wrap_headers	number	78	n	Column at which outgoing headers are folded.
        wrap_search	bool	yes	y	Wrap around when a search reaches the end.
        wrapmargin	number	0	n	Old way of setting wrap as a margin.
        write_bcc	bool	no	n	Keep the Bcc header in sent mail.
        write_inc	number	10	n	Messages between progress updates while writing a folder.
        theme	string	default	y	MuttSharp colour theme, by name from the themes directory.
        keymap	string	vim	y	MuttSharp key binding profile: vim or mutt.
        key_timeout	number	1000	y	MuttSharp: milliseconds to wait for the rest of a multi-key binding (0: wait for ever).
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
