namespace MuttSharp.Core.Rendering.Attachments;

/// <summary>How saving an attachment went.</summary>
public enum SaveOutcome
{
    /// <summary>Written.</summary>
    Saved,

    /// <summary>The file exists and the mode was <see cref="SaveMode.CreateNew"/>: ask the user, then save again with their answer.</summary>
    Exists,
}
