namespace MuttSharp.Core.Rendering.Attachments;

/// <summary>What to do with a file that already exists, as Mutt asks: <c>(o)verwrite, (a)ppend, or (c)ancel?</c></summary>
public enum SaveMode
{
    /// <summary>Only create a new file: an existing one is left alone and reported.</summary>
    CreateNew,

    /// <summary>Replace the file (the user said so).</summary>
    Overwrite,

    /// <summary>Add to the end of the file (the user said so).</summary>
    Append,
}
