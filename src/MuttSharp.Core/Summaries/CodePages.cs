using System.Text;

namespace MuttSharp.Core.Summaries;

/// <summary>
/// KOI8-R, Shift_JIS, GB2312, ISO-8859-15... live in .NET's code-pages provider, which is not
/// registered by default. It must be registered before MimeKit first builds its charset table and
/// before <see cref="EncodedWords"/> caches a lookup.
/// </summary>
internal static class CodePages
{
    static CodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Runs the registration once; later calls do nothing.</summary>
    public static void EnsureRegistered()
    {
    }
}
