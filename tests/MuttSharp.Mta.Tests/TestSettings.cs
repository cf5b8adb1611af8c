using System.Net;
using MuttSharp.Mta.Config;

namespace MuttSharp.Mta.Tests;

/// <summary>Engine settings from main.cf lines, on a fixed host (mail.example.com, loopback only).</summary>
internal static class TestSettings
{
    public static MtaSettings Create(IReadOnlyDictionary<string, string>? values = null)
    {
        var lines = new Dictionary<string, string>
        {
            ["myhostname"] = "mail.example.com",
            ["smtpd_error_sleep_time"] = "0",
        };
        foreach (var (k, v) in values ?? new Dictionary<string, string>())
            lines[k] = v;
        string text = string.Join("\n", lines.Select(kv => $"{kv.Key} = {kv.Value}")) + "\n";
        var host = new HostIdentity("mail.example.com", [new InterfaceAddress(IPAddress.Loopback, 8)]);
        return new MtaSettings(new MtaParameters(MainCf.Parse(text, "main.cf"), host));
    }
}
