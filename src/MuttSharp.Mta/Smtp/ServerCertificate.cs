using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MuttSharp.Mta.Config;

namespace MuttSharp.Mta.Smtp;

/// <summary>The certificate STARTTLS offers: smtpd_tls_cert_file and smtpd_tls_key_file (PEM), when smtpd_tls_security_level asks for TLS.</summary>
internal static class ServerCertificate
{
    /// <summary>The loaded certificate, or null when TLS is off or the files cannot be used (then <paramref name="problem"/> says why).</summary>
    public static X509Certificate2? Load(MtaSettings settings, Action<string> problem)
    {
        string level = settings.SmtpdTlsSecurityLevel.ToLowerInvariant();
        if (level is not ("may" or "encrypt"))
            return null;
        if (settings.SmtpdTlsCertFile.Length == 0)
        {
            problem($"smtpd_tls_security_level = {level} but smtpd_tls_cert_file is empty: STARTTLS is not offered");
            return null;
        }
        string keyFile = settings.SmtpdTlsKeyFile.Length > 0 ? settings.SmtpdTlsKeyFile : settings.SmtpdTlsCertFile;
        try
        {
            return X509Certificate2.CreateFromPemFile(settings.SmtpdTlsCertFile, keyFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
        {
            problem($"cannot load certificate {settings.SmtpdTlsCertFile} with key {keyFile}: {e.Message}: STARTTLS is not offered");
            return null;
        }
    }
}
