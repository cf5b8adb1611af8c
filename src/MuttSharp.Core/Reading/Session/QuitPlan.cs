namespace MuttSharp.Core.Reading.Session;

/// <summary>
/// What leaving a folder (<c>q</c>, or <c>change-folder</c>) will ask, in Mutt's order: first
/// whether to move read messages to <c>$mbox</c>, then whether to purge deleted ones. A null
/// question is not asked because it does not apply (no read messages to move, none deleted).
/// </summary>
/// <param name="Move"><c>$move</c>: <c>Move read messages to ~/mbox?</c>; only for the spool file.</param>
/// <param name="Purge"><c>$delete</c>: <c>Purge 3 deleted messages?</c>.</param>
public sealed record QuitPlan(SessionQuestion? Move, SessionQuestion? Purge)
{
    /// <summary>The questions that need a user's answer, in the order to ask them.</summary>
    public IEnumerable<SessionQuestion> QuestionsToAsk()
    {
        if (Move is { NeedsAsking: true })
            yield return Move;
        if (Purge is { NeedsAsking: true })
            yield return Purge;
    }
}
