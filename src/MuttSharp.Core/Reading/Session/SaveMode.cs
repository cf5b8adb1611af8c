namespace MuttSharp.Core.Reading.Session;

/// <summary>Mutt's four ways of putting messages into another folder.</summary>
public enum SaveMode
{
    /// <summary><c>save-message</c> (<c>s</c>): copy, then mark the originals deleted.</summary>
    Save,

    /// <summary><c>copy-message</c> (<c>C</c>): copy, leaving the originals alone.</summary>
    Copy,

    /// <summary><c>decode-save</c> (<c>Esc s</c>): decoded to plain text, originals marked deleted.</summary>
    DecodeSave,

    /// <summary><c>decode-copy</c> (<c>Esc C</c>): decoded to plain text, originals kept.</summary>
    DecodeCopy,
}
