using System.Globalization;

namespace MuttSharp.Core.Config.Format;

/// <summary>
/// Maps a POSIX locale name, as <c>$LC_TIME</c> or Mutt's <c>$attribution_locale</c> hold it
/// (<c>fr_FR.UTF-8</c>, <c>de_DE@euro</c>, <c>C</c>), to the culture whose month and day names dates use.
/// </summary>
public static class PosixLocale
{
    /// <summary>
    /// The culture for <paramref name="name"/>: the invariant culture (the C locale) for an empty
    /// name, <c>C</c>, <c>POSIX</c> or <c>C.UTF-8</c>; false when no such culture exists.
    /// </summary>
    public static bool TryGetCulture(string? name, out CultureInfo culture)
    {
        culture = CultureInfo.InvariantCulture;
        if (string.IsNullOrWhiteSpace(name))
        {
            return true;
        }

        // language[_territory][.codeset][@modifier]
        string language = name.Trim();
        int cut = language.IndexOfAny(['.', '@']);
        if (cut >= 0)
        {
            language = language[..cut];
        }

        if (language is "C" or "POSIX")
        {
            return true;
        }

        if (language.Length == 0 || !language.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '_' or '-'))
        {
            return false;
        }

        try
        {
            culture = CultureInfo.GetCultureInfo(language.Replace('_', '-'), predefinedOnly: true);
            return true;
        }
        catch (CultureNotFoundException)
        {
            culture = CultureInfo.InvariantCulture;
            return false;
        }
    }

    /// <summary>The culture of the environment's LC_ALL, LC_TIME or LANG, as the C library picks it.</summary>
    public static CultureInfo FromEnvironment()
    {
        foreach (string variable in new[] { "LC_ALL", "LC_TIME", "LANG" })
        {
            string? value = Environment.GetEnvironmentVariable(variable);
            if (!string.IsNullOrEmpty(value))
            {
                return TryGetCulture(value, out CultureInfo culture) ? culture : CultureInfo.InvariantCulture;
            }
        }

        return CultureInfo.InvariantCulture;
    }
}
