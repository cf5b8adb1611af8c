namespace MuttSharp.Mta.Tables;

/// <summary>One key and value read from a table's source file.</summary>
/// <param name="Key">The key as written.</param>
/// <param name="Value">The value, continuation lines joined by one space.</param>
/// <param name="Line">The 1-based line the entry starts on.</param>
public sealed record TableEntry(string Key, string Value, int Line);
