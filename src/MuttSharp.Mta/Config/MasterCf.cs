using System.Globalization;
using System.Text;

namespace MuttSharp.Mta.Config;

/// <summary>
/// The part of Postfix's master.cf the engine acts on: the <c>inet</c> services whose command is
/// <c>smtpd</c> give the addresses and ports to listen on. Other services are read and ignored.
/// Lines: service, type, private, unpriv, chroot, wakeup, maxproc, command + args; <c>#</c> comments;
/// a line beginning with white space continues the previous one.
/// </summary>
public sealed class MasterCf
{
    /// <summary>Well-known service names master.cf uses instead of port numbers.</summary>
    private static readonly Dictionary<string, int> ServicePorts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["smtp"] = 25,
        ["submission"] = 587,
        ["submissions"] = 465,
        ["smtps"] = 465,
    };

    private MasterCf(IReadOnlyList<ListenEndpoint> endpoints, IReadOnlyList<ConfigDiagnostic> diagnostics)
    {
        SmtpdEndpoints = endpoints;
        Diagnostics = diagnostics;
    }

    /// <summary>The smtpd listeners, in file order.</summary>
    public IReadOnlyList<ListenEndpoint> SmtpdEndpoints { get; }

    /// <summary>Lines that could not be read, by line number.</summary>
    public IReadOnlyList<ConfigDiagnostic> Diagnostics { get; }

    /// <summary>Reads master.cf; null when the file does not exist.</summary>
    public static async Task<MasterCf?> LoadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return Parse(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Parses master.cf text; <paramref name="path"/> names the file in diagnostics.</summary>
    public static MasterCf Parse(string text, string path)
    {
        var endpoints = new List<ListenEndpoint>();
        var diagnostics = new List<ConfigDiagnostic>();
        var logical = new List<(int Line, StringBuilder Text)>();
        string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string trimmed = lines[i].Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
                continue;
            if (char.IsWhiteSpace(lines[i][0]) && logical.Count > 0)
                logical[^1].Text.Append(' ').Append(trimmed);
            else
                logical.Add((i + 1, new StringBuilder(trimmed)));
        }
        foreach (var (line, entry) in logical)
        {
            string[] fields = entry.ToString().Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 8)
            {
                diagnostics.Add(new ConfigDiagnostic(path, line, $"expected 8 or more fields (service type private unpriv chroot wakeup maxproc command), found {fields.Length}"));
                continue;
            }
            if (fields[1] != "inet" || fields[7] != "smtpd")
                continue;
            if (TryParseService(fields[0], out var endpoint, out string? error))
                endpoints.Add(endpoint);
            else
                diagnostics.Add(new ConfigDiagnostic(path, line, error!));
        }
        return new MasterCf(endpoints, diagnostics);
    }

    // service = [host:]port, host may be bracketed ([::1]:25); port is a number or a service name.
    private static bool TryParseService(string service, out ListenEndpoint endpoint, out string? error)
    {
        endpoint = new ListenEndpoint(null, 0);
        string? host = null;
        string port = service;
        int colon = service.LastIndexOf(':');
        if (service.StartsWith('['))
        {
            int close = service.IndexOf(']');
            if (close < 0 || close + 1 >= service.Length || service[close + 1] != ':')
            {
                error = $"bad service \"{service}\": expected [address]:port";
                return false;
            }
            host = service[1..close];
            port = service[(close + 2)..];
        }
        else if (colon >= 0)
        {
            host = service[..colon];
            port = service[(colon + 1)..];
        }
        int number;
        if (!ServicePorts.TryGetValue(port, out number)
            && (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number is < 1 or > 65535))
        {
            error = $"bad service \"{service}\": expected a port number or one of {string.Join(", ", ServicePorts.Keys)}";
            return false;
        }
        endpoint = new ListenEndpoint(string.IsNullOrEmpty(host) ? null : host, number);
        error = null;
        return true;
    }
}
