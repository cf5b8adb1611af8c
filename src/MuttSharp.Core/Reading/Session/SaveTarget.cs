namespace MuttSharp.Core.Reading.Session;

/// <summary>
/// Where a save or copy will go, worked out before anything is written: the folder's path, how it
/// is shown, and the question Mutt asks first (<c>$confirmcreate</c>: <c>Create =lists?</c>, or
/// <c>$confirmappend</c>: <c>Append messages to =lists?</c>), null when there is none to ask.
/// </summary>
/// <param name="Path">The folder's absolute path.</param>
/// <param name="DisplayName">The folder as Mutt shows it (<c>=lists</c>, <c>~/mail</c>).</param>
/// <param name="Exists">Whether the folder exists already.</param>
/// <param name="Question">What to ask before writing; answering no cancels the save.</param>
public sealed record SaveTarget(string Path, string DisplayName, bool Exists, SessionQuestion? Question);
