namespace MuttSharp.Mta.Tables;

/// <summary>How the source text of a file-backed table is written.</summary>
public enum TableSyntax
{
    /// <summary>postmap's: <c>key</c>, white space, <c>value</c>.</summary>
    Map,

    /// <summary>aliases(5): <c>name: value, value</c>.</summary>
    Aliases,
}
