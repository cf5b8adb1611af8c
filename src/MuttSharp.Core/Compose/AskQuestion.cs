namespace MuttSharp.Core.Compose;

/// <summary>
/// Asks the user a yes/no question that a quad-option (<c>ask-yes</c>, <c>ask-no</c>) leaves open,
/// such as <c>Reply to alice@example.com?</c>; returns the answer. Without a terminal the default is taken.
/// Cancelling (<c>^G</c>) throws <see cref="OperationCanceledException"/>, which abandons the message as in Mutt.
/// </summary>
/// <param name="question">The question, worded as Mutt words it.</param>
/// <param name="defaultYes">The answer Enter gives.</param>
public delegate Task<bool> AskQuestion(string question, bool defaultYes);
