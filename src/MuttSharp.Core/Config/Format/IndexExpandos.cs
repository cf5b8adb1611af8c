using System.Text;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Config.Format;

/// <summary>
/// The message expandos of <c>$index_format</c>, also used by <c>$pager_format</c>,
/// <c>$attribution</c>, <c>$forward_format</c>, <c>$message_format</c> and the hooks, with Mutt
/// 2.2's meaning (hdrline.c), plus NeoMutt's <c>%g %I %J %K %q %W %x %zc %zs %zt</c>.
/// </summary>
public static class IndexExpandos
{
    // $flag_chars positions
    private const int FlagTagged = 0;
    private const int FlagImportant = 1;
    private const int FlagDeleted = 2;
    private const int FlagDeletedAttachment = 3;
    private const int FlagReplied = 4;
    private const int FlagOld = 5;
    private const int FlagNew = 6;
    private const int FlagOldThread = 7;
    private const int FlagNewThread = 8;
    private const int FlagReadInS = 9;
    private const int FlagReadInZ = 10;

    // $to_chars positions (Mutt's mutt_user_is_recipient)
    private const int ToNobody = 0;
    private const int ToOnlyMe = 1;
    private const int ToMe = 2;
    private const int CcMe = 3;
    private const int ByMe = 4;
    private const int ToList = 5;

    /// <summary>Builds the table for <paramref name="settings"/>; build it once per settings change and reuse it for every row.</summary>
    public static ExpandoTable<IndexRow> Create(IndexFormatSettings settings)
    {
        var flags = new CharTable(settings.FlagChars);
        var to = new CharTable(settings.ToChars);
        var crypt = new CharTable(settings.CryptChars);
        var m = new Matchers(settings);
        string folderName = FolderName(settings.MailboxPath);

        var table = new ExpandoTable<IndexRow>
        {
            SentDate = static r => r.Message.Summary.Date,
            ReceivedDate = static r => r.Message.Summary.Received,
            Hook = settings.FormatHook is null ? null : (r, name) => settings.FormatHook(name, r.Message),
        };

        table
            .Text('a', static r => FirstAddress(r.Message.Summary.From))
            .Text('A', static r => FirstAddress(r.Message.Summary.ReplyTo) is { Length: > 0 } a ? a : FirstAddress(r.Message.Summary.From))
            .Text('b', _ => folderName)
            .Text('B', r => m.FirstList(r.Message.Summary) ?? folderName)
            .Text('c', r => settings.Sizes.Format(r.Message.Summary.Size))
            .Number('C', static r => r.Number)
            .Date('d', static r => r.Message.Summary.Date, settings.DateFormat, localZone: false)
            .Date('D', static r => r.Message.Summary.Date, settings.DateFormat, localZone: true)
            .Number('e', static r => r.ThreadPosition)
            .Number('E', static r => r.ThreadCount, static r => r.ThreadCount > 1)
            .Text('f', static r => AddressText.Write(r.Message.Summary.From))
            .Text('F', r => m.MakeFrom(r.Message.Summary, lists: false), r => !m.FromMe(r.Message.Summary))
            .Text('g', static r => r.Tags)
            .Text('H', static r => r.Spam, static r => r.Spam is not null)
            .Text('i', static r => r.Message.Summary.MessageId is { } id ? $"<{id}>" : "<no.id>")
            .Text('I', static r => Initials(NameOf(r.Message.Summary.From)))
            .Text('J', static r => TagsIfChanged(r), static r => TagsIfChanged(r).Length > 0)
            .Text('K', r => m.ListAddress(r.Message.Summary))
            .Number('l', static r => r.Message.Summary.Lines, static r => r.Message.Summary.Lines > 0)
            .Text('L', r => m.MakeFrom(r.Message.Summary, lists: true), r => m.ListAddress(r.Message.Summary).Length > 0)
            .Number('m', static r => r.Total)
            .Add('M', (r, _) => HiddenShown(r, settings) ? r.HiddenCount : settings.Threaded ? " " : "", r => HiddenShown(r, settings))
            .Text('n', static r => NameOf(r.Message.Summary.From))
            .Number('N', static r => r.Message.Score)
            .Text('O', r => m.SaveFolder(r.Message.Summary), r => m.ListAddress(r.Message.Summary).Length > 0)
            .Text('P', static r => r.PagerProgress)
            .Text('q', r => m.FirstList(r.Message.Summary))
            .Text('r', static r => AddressText.Write(r.Message.Summary.To))
            .Text('R', static r => AddressText.Write(r.Message.Summary.Cc))
            .Text('s', r => Subject(r, settings))
            .Text('S', r => flags[StatusIndex(r)])
            .Text('t', r => m.ToLine(r.Message.Summary))
            .Text('T', r => to[m.Recipient(r.Message.Summary)])
            .Text('u', static r => AddressText.CutAt(FirstAddress(r.Message.Summary.From), "%@"))
            .Text('v', r => AddressText.CutAt(m.FirstNameSource(r.Message.Summary), " %@"))
            .Text('W', static r => r.Message.Summary.Organization)
            .Text('x', static r => r.CommentTo)
            .Number('X', static r => r.AttachmentCount)
            .Text('y', static r => r.Message.Summary.XLabel, static r => r.Message.Summary.XLabel is not null)
            .Text('Y', static r => LabelIfChanged(r) ?? "", static r => LabelIfChanged(r) is not null)
            .Text('Z', r => string.Concat(First(r, flags, settings), Second(r, flags, crypt), Third(r, flags, to, m)))
            .Add('z', (r, which) => which switch
            {
                "c" => CryptChar(r, crypt),
                "s" => r.Message.Deleted ? flags[FlagDeleted]
                    : r.AttachmentsDeleted ? flags[FlagDeletedAttachment]
                    : First(r, flags, settings),
                "t" => Third(r, flags, to, m),
                _ => "%z",
            });
        return table;
    }

    private static bool HiddenShown(IndexRow r, IndexFormatSettings s) => s.Threaded && r.Collapsed && r.HiddenCount > 1;

    private static string Subject(IndexRow r, IndexFormatSettings s)
    {
        string subject = r.Message.Summary.Subject;
        if (s.RewriteSubject is not null && subject.Length > 0)
        {
            subject = s.RewriteSubject(subject);
        }

        if (r.TreePrefix.Length == 0 || r.Collapsed)
        {
            return subject;
        }

        return r.SubjectHidden ? r.TreePrefix : r.TreePrefix + subject;
    }

    // %S: one character, in Mutt's order of precedence.
    private static int StatusIndex(IndexRow r)
    {
        Message msg = r.Message;
        if (msg.Deleted)
        {
            return FlagDeleted;
        }

        if (r.AttachmentsDeleted)
        {
            return FlagDeletedAttachment;
        }

        if (msg.Tagged)
        {
            return FlagTagged;
        }

        if ((msg.Flags & MessageFlags.Flagged) != 0)
        {
            return FlagImportant;
        }

        if ((msg.Flags & MessageFlags.Replied) != 0)
        {
            return FlagReplied;
        }

        if (msg.IsRead && !r.NotReadYet)
        {
            return FlagReadInS;
        }

        return msg.IsOld ? FlagOld : FlagNew;
    }

    // %Z's first character: thread state, else new/old/replied.
    private static string First(IndexRow r, CharTable flags, IndexFormatSettings s)
    {
        if (HiddenShown(r, s) && r.ThreadUnread != ThreadUnread.None)
        {
            return flags[r.ThreadUnread == ThreadUnread.New ? FlagNewThread : FlagOldThread];
        }

        Message msg = r.Message;
        if (msg.IsRead && !r.NotReadYet)
        {
            return flags[(msg.Flags & MessageFlags.Replied) != 0 ? FlagReplied : FlagReadInZ];
        }

        return flags[msg.IsOld ? FlagOld : FlagNew];
    }

    // %Z's second character: deletion, else cryptography.
    private static string Second(IndexRow r, CharTable flags, CharTable crypt) =>
        r.Message.Deleted ? flags[FlagDeleted]
        : r.AttachmentsDeleted ? flags[FlagDeletedAttachment]
        : CryptChar(r, crypt);

    // %Z's third character: tag, flag, else the $to_chars character.
    private static string Third(IndexRow r, CharTable flags, CharTable to, Matchers m) =>
        r.Message.Tagged ? flags[FlagTagged]
        : (r.Message.Flags & MessageFlags.Flagged) != 0 ? flags[FlagImportant]
        : to[m.Recipient(r.Message.Summary)];

    private static string CryptChar(IndexRow r, CharTable crypt) => r.Security switch
    {
        MessageSecurity.GoodSignature => crypt[0],
        MessageSecurity.Encrypted => crypt[1],
        MessageSecurity.Signed => crypt[2],
        MessageSecurity.PublicKey => crypt[3],
        _ => crypt[4],
    };

    private static string? LabelIfChanged(IndexRow r)
    {
        string? label = r.Message.Summary.XLabel;
        if (label is null)
        {
            return null;
        }

        return r.PreviousLabel is not null && string.Equals(label, r.PreviousLabel, StringComparison.OrdinalIgnoreCase) ? null : label;
    }

    private static string TagsIfChanged(IndexRow r) =>
        r.Tags is null || string.Equals(r.Tags, r.PreviousTags, StringComparison.Ordinal) ? "" : r.Tags;

    private static string FirstAddress(IReadOnlyList<MailAddress> list) => list.Count > 0 ? list[0].Address : "";

    /// <summary>Mutt's <c>mutt_get_name</c>: the display name, else the address.</summary>
    private static string NameOf(IReadOnlyList<MailAddress> list) => list.Count > 0 ? list[0].DisplayName : "";

    private static string Initials(string name)
    {
        var sb = new StringBuilder(4);
        bool start = true;
        foreach (char c in name)
        {
            if (char.IsWhiteSpace(c) || c is '-' or '.')
            {
                start = true;
            }
            else if (start)
            {
                sb.Append(c);
                start = false;
            }
        }

        return sb.ToString();
    }

    private static string FolderName(string path)
    {
        string trimmed = path.TrimEnd('/');
        int slash = trimmed.LastIndexOf('/');
        return slash >= 0 ? trimmed[(slash + 1)..] : trimmed;
    }

    /// <summary>The address-dependent expandos, which need the "is mine" and "subscribed list" predicates.</summary>
    private sealed class Matchers(IndexFormatSettings settings)
    {
        public bool FromMe(MessageSummary s) => s.From.Count > 0 && settings.IsMine(s.From[0]);

        public int Recipient(MessageSummary s)
        {
            if (FromMe(s))
            {
                return ByMe;
            }

            if (AnyMine(s.To))
            {
                return s.To.Count > 1 || s.Cc.Count > 0 ? ToMe : ToOnlyMe;
            }

            if (AnyMine(s.Cc))
            {
                return CcMe;
            }

            return FindList(s.To) is not null || FindList(s.Cc) is not null ? ToList : ToNobody;
        }

        // Mutt's make_from: the author, or "To list" / "To recipient" when it is me.
        public string MakeFrom(MessageSummary s, bool lists)
        {
            bool me = FromMe(s);
            if (lists || me)
            {
                if (FindList(s.To) is { } toList)
                {
                    return "To " + toList.DisplayName;
                }

                if (FindList(s.Cc) is { } ccList)
                {
                    return "Cc " + ccList.DisplayName;
                }
            }

            if (me && s.To.Count > 0)
            {
                return "To " + s.To[0].DisplayName;
            }

            if (me && s.Cc.Count > 0)
            {
                return "Cc " + s.Cc[0].DisplayName;
            }

            return s.From.Count > 0 ? s.From[0].DisplayName : "";
        }

        // %t: the list, else the first recipient, prefixed by the header it came from.
        public string ToLine(MessageSummary s)
        {
            if (FindList(s.To) is { } toList)
            {
                return "To " + toList.DisplayName;
            }

            if (FindList(s.Cc) is { } ccList)
            {
                return "Cc " + ccList.DisplayName;
            }

            return s.To.Count > 0 ? "To " + s.To[0].DisplayName
                : s.Cc.Count > 0 ? "Cc " + s.Cc[0].DisplayName
                : "";
        }

        // %O: like %L with addresses, cut at '%' or '@' unless $save_address.
        public string SaveFolder(MessageSummary s)
        {
            string address = ListAddress(s);
            if (address.Length == 0)
            {
                bool me = FromMe(s);
                address = me && s.To.Count > 0 ? s.To[0].Address
                    : me && s.Cc.Count > 0 ? s.Cc[0].Address
                    : s.From.Count > 0 ? s.From[0].Address
                    : "";
            }

            return settings.SaveAddress ? address : AddressText.CutAt(address, "%@");
        }

        // %v's source: the author, or the recipient when the author is me.
        public string FirstNameSource(MessageSummary s)
        {
            if (!FromMe(s))
            {
                return NameOf(s.From);
            }

            return s.To.Count > 0 ? s.To[0].DisplayName : s.Cc.Count > 0 ? s.Cc[0].DisplayName : "";
        }

        public string ListAddress(MessageSummary s) => (FindList(s.To) ?? FindList(s.Cc))?.Address ?? "";

        // Mutt's mutt_save_path: the list's local part (whole address with $save_address), made a safe file name.
        public string? FirstList(MessageSummary s)
        {
            MailAddress? list = FindList(s.To) ?? FindList(s.Cc);
            if (list is null)
            {
                return null;
            }

            string name = settings.SaveAddress ? list.Address : AddressText.CutAt(list.Address, "@");
            var sb = new StringBuilder(name.Length);
            foreach (char c in name)
            {
                sb.Append(c == '/' || char.IsWhiteSpace(c) || char.IsControl(c) ? '_' : c);
            }

            return sb.ToString();
        }

        private bool AnyMine(IReadOnlyList<MailAddress> list)
        {
            foreach (MailAddress a in list)
            {
                if (settings.IsMine(a))
                {
                    return true;
                }
            }

            return false;
        }

        private MailAddress? FindList(IReadOnlyList<MailAddress> list)
        {
            foreach (MailAddress a in list)
            {
                if (settings.IsSubscribedList(a))
                {
                    return a;
                }
            }

            return null;
        }
    }
}
