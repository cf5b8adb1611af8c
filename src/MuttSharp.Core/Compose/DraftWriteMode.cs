namespace MuttSharp.Core.Compose;

/// <summary>Which copy of a draft is written: the headers differ as Mutt's do.</summary>
public enum DraftWriteMode
{
    /// <summary>What the recipients get: never a Bcc header.</summary>
    Send,

    /// <summary>What <c>$sendmail</c> gets under <c>$write_bcc</c>: as sent, plus Bcc, which the transfer agent removes.</summary>
    SendWithBcc,

    /// <summary>The <c>$record</c> copy: as sent, plus Bcc, so the sender sees whom it went to.</summary>
    Fcc,

    /// <summary>A postponed draft: with Bcc, so that recalling it loses nothing.</summary>
    Postpone,
}
