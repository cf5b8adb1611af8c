namespace MuttSharp.Mta.Config;

/// <summary>One <c>name = value</c> definition in main.cf, with its continuation lines joined.</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Value">The value as written (unexpanded), continuation lines joined by one space.</param>
/// <param name="Line">The 1-based line the definition starts on.</param>
/// <param name="LastLine">The 1-based line of its last continuation line.</param>
public sealed record MainCfEntry(string Name, string Value, int Line, int LastLine);
