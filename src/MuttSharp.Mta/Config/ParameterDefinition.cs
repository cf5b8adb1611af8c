namespace MuttSharp.Mta.Config;

/// <summary>
/// One main.cf parameter MuttSharp knows: its Postfix name, its built-in default as <c>postconf -d</c>
/// prints it, and how its value is read.
/// </summary>
/// <param name="Name">The Postfix parameter name.</param>
/// <param name="Default">The default before expansion; ignored when <paramref name="Computed"/> is set.</param>
/// <param name="Kind">How the expanded value is read.</param>
/// <param name="DefaultUnit">For <see cref="ParameterKind.Time"/>: the unit of a bare number (<c>s</c>, or <c>d</c> for the queue lifetimes).</param>
/// <param name="Computed">Derives the default from the machine and the other parameters (myhostname, mydomain, mynetworks).</param>
public sealed record ParameterDefinition(
    string Name,
    string Default,
    ParameterKind Kind = ParameterKind.Text,
    char DefaultUnit = 's',
    Func<MtaParameters, string>? Computed = null);
