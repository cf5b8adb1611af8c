namespace MuttSharp.Core.Config;

/// <summary>A <c>spam</c> rule: a header regex and the format of the spam tag built from its groups.</summary>
/// <param name="Pattern">The regex matched against header lines.</param>
/// <param name="Format">The tag template (<c>%1</c> is the first group).</param>
public sealed record MuttSpamRule(string Pattern, string Format);
