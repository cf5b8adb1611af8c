namespace MuttSharp.Core.Config.Variables;

/// <summary>One row of the variable table: what a variable is and what it starts as.</summary>
/// <param name="Name">The variable's name as Mutt spells it.</param>
/// <param name="Type">Its value type.</param>
/// <param name="Default">Its default, in the form a muttrc would set it (unexpanded, unescaped).</param>
/// <param name="Description">One line saying what it controls.</param>
/// <param name="Acted">Whether MuttSharp acts on it yet; others are accepted, stored and shown only.</param>
/// <param name="SortMethods">For <see cref="VariableType.Sort"/>: the name of the method set it accepts.</param>
public sealed record VariableDefinition(
    string Name,
    VariableType Type,
    string Default,
    string Description,
    bool Acted,
    string? SortMethods = null);
