namespace MuttSharp.Core.Sending;

/// <summary>One postponed message as the recall menu lists it.</summary>
/// <param name="Path">Its file.</param>
/// <param name="Date">When it was postponed.</param>
/// <param name="To">Its recipients, as written.</param>
/// <param name="Subject">Its subject.</param>
public sealed record PostponedMessage(string Path, DateTimeOffset Date, string To, string Subject);
