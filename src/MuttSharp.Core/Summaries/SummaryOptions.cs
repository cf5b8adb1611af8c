using System.Text;
using MimeKit;

namespace MuttSharp.Core.Summaries;

/// <summary>
/// Every limit and leniency switch of header-only parsing, in one place.
/// </summary>
public sealed class SummaryOptions
{
    /// <summary>Postfix's <c>header_size_limit</c> default: 102400 bytes.</summary>
    public const int DefaultHeaderSizeLimit = 102400;

    /// <summary>The defaults: Postfix's header limit, Latin-1 for raw 8-bit headers that are not UTF-8.</summary>
    public static SummaryOptions Default { get; }

    static SummaryOptions()
    {
        CodePages.EnsureRegistered();
        Default = new SummaryOptions();
    }

    /// <summary>
    /// Postfix's <c>header_size_limit</c>: at most this many bytes of a message are read as its
    /// header block; a field cut by the limit is dropped, and what follows counts as body.
    /// </summary>
    public int HeaderSizeLimit { get; init; } = DefaultHeaderSizeLimit;

    /// <summary>
    /// MimeKit's leniency switches for decoding values. Raw 8-bit text that is not valid UTF-8 is
    /// read as <see cref="ParserOptions.CharsetEncoding"/> (Mutt's <c>$assumed_charset</c>).
    /// </summary>
    public ParserOptions ParserOptions { get; init; } = CreateParserOptions();

    private static ParserOptions CreateParserOptions()
    {
        var options = ParserOptions.Default.Clone();
        options.CharsetEncoding = Encoding.Latin1;
        options.AllowAddressesWithoutDomain = true;
        options.AddressParserComplianceMode = RfcComplianceMode.Loose;
        options.Rfc2047ComplianceMode = RfcComplianceMode.Loose;
        options.ParameterComplianceMode = RfcComplianceMode.Loose;
        return options;
    }
}
