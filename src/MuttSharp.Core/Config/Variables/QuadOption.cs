namespace MuttSharp.Core.Config.Variables;

/// <summary>A Mutt quad-option: answer without asking, or ask with a default.</summary>
public enum QuadOption
{
    /// <summary>Never do it, do not ask.</summary>
    No,

    /// <summary>Always do it, do not ask.</summary>
    Yes,

    /// <summary>Ask; the default answer is no.</summary>
    AskNo,

    /// <summary>Ask; the default answer is yes.</summary>
    AskYes,
}
