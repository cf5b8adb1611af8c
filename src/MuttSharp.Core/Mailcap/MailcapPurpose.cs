namespace MuttSharp.Core.Mailcap;

/// <summary>What a mailcap entry is wanted for.</summary>
public enum MailcapPurpose
{
    /// <summary>Viewing a part on request (<c>m</c> in the attachment menu).</summary>
    View,

    /// <summary>Showing a part inside the pager (<c>auto_view</c>): only <c>copiousoutput</c> entries.</summary>
    AutoView,

    /// <summary>Printing a part (<c>print=</c>).</summary>
    Print,

    /// <summary>Editing a part (<c>edit=</c>).</summary>
    Edit,
}
