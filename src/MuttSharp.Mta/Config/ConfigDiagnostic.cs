namespace MuttSharp.Mta.Config;

/// <summary>
/// A problem found in a configuration file, located as Postfix locates them:
/// <c>/etc/muttsharp/main.cf, line 3: missing '=' after parameter name: "foo"</c>.
/// </summary>
/// <param name="File">The file the problem is in.</param>
/// <param name="Line">The 1-based line, or 0 when the problem is not tied to one line.</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record ConfigDiagnostic(string File, int Line, string Message)
{
    /// <summary>The Postfix form, without the program prefix (<c>postconf: warning: </c>) the caller adds.</summary>
    public override string ToString() => Line > 0 ? $"{File}, line {Line}: {Message}" : $"{File}: {Message}";
}
