using System.Globalization;
using MuttSharp.Core.Config.Format;

namespace MuttSharp.Core.Tests.Config.Format;

public sealed class PosixLocaleTests
{
    [Theory]
    [InlineData("fr_FR.UTF-8", "fr-FR")]
    [InlineData("de_DE@euro", "de-DE")]
    [InlineData("pt_BR.ISO-8859-1", "pt-BR")]
    [InlineData("ja_JP.eucJP", "ja-JP")]
    [InlineData("en", "en")]
    public void Posix_names_map_to_cultures(string name, string culture)
    {
        Assert.True(PosixLocale.TryGetCulture(name, out CultureInfo result));
        Assert.Equal(culture, result.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("C")]
    [InlineData("POSIX")]
    [InlineData("C.UTF-8")]
    public void The_C_locale_is_the_invariant_culture(string? name)
    {
        Assert.True(PosixLocale.TryGetCulture(name, out CultureInfo result));
        Assert.Same(CultureInfo.InvariantCulture, result);
    }

    [Theory]
    [InlineData("xx_YY")]
    [InlineData("../../etc/passwd")]
    [InlineData("fr FR")]
    public void Unknown_or_malformed_names_are_refused(string name)
    {
        Assert.False(PosixLocale.TryGetCulture(name, out CultureInfo result));
        Assert.Same(CultureInfo.InvariantCulture, result);
    }
}
