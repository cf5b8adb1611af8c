using MuttSharp.Core.Config.Variables;

namespace MuttSharp.Core.Reading.Session;

/// <summary>
/// A yes/no decision a Mutt quad-option governs (<c>$delete</c>, <c>$move</c>, <c>$print</c>,
/// <c>$confirmcreate</c>...): the session says what to ask, the UI asks only when
/// <see cref="NeedsAsking"/>, then passes the answer back.
/// </summary>
/// <param name="Variable">The variable that decides, e.g. <c>delete</c>.</param>
/// <param name="Prompt">The question as Mutt words it, e.g. <c>Purge 3 deleted messages?</c>.</param>
/// <param name="Option">The variable's value: answer without asking, or ask with a default.</param>
public sealed record SessionQuestion(string Variable, string Prompt, QuadOption Option)
{
    /// <summary>A question that is always asked (a plain boolean such as <c>$confirmcreate</c>).</summary>
    public static SessionQuestion Ask(string variable, string prompt, bool defaultYes = true) =>
        new(variable, prompt, defaultYes ? QuadOption.AskYes : QuadOption.AskNo);

    /// <summary>True when the user must be asked; otherwise <see cref="DefaultAnswer"/> is the answer.</summary>
    public bool NeedsAsking => Option is QuadOption.AskYes or QuadOption.AskNo;

    /// <summary>The answer when not asking, and the default when asking.</summary>
    public bool DefaultAnswer => Option is QuadOption.Yes or QuadOption.AskYes;
}
