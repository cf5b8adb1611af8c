namespace MuttSharp.Core.Reading.Session;

/// <summary>What <see cref="ReaderSession.MergeNewMailAsync"/> found on disk.</summary>
/// <param name="Arrived">Messages that appeared (for <c>$beep_new</c>).</param>
/// <param name="Vanished">Messages another program removed.</param>
/// <param name="FlagsChanged">Messages whose flags another program changed.</param>
public sealed record NewMailResult(int Arrived, int Vanished, int FlagsChanged)
{
    /// <summary>Nothing changed.</summary>
    public static NewMailResult None { get; } = new(0, 0, 0);

    /// <summary>Whether the index must be redrawn.</summary>
    public bool Changed => Arrived + Vanished + FlagsChanged > 0;

    /// <summary>The message line: Mutt's <c>New mail in this mailbox.</c>, or that the folder was changed elsewhere.</summary>
    public SessionResult Result =>
        Arrived > 0 ? SessionResult.Info("New mail in this mailbox.")
        : Vanished + FlagsChanged > 0 ? SessionResult.Info("Mailbox was externally modified.")
        : SessionResult.None;
}
