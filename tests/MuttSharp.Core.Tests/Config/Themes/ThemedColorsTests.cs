using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Colors;
using MuttSharp.Core.Config.Muttrc;
using MuttSharp.Core.Config.Themes;

namespace MuttSharp.Core.Tests.Config.Themes;

public sealed class ThemedColorsTests : IDisposable
{
    private readonly MuttrcSandbox sandbox = new();
    private readonly ThemeCatalog catalog = new([RepositoryFiles.Themes]);

    private MuttConfig Config => sandbox.Config;

    public void Dispose() => sandbox.Dispose();

    private Task<IReadOnlyList<MuttrcError>> Source(string muttrc) => sandbox.Source(muttrc);

    [Fact]
    public async Task TheThemeIsSelectedByVariableAndColorLinesOverrideIt()
    {
        Assert.Empty(await Source("""
            color normal white black
            set theme="dark"
            color index brightyellow default ~N
            mono indicator underline
            """));
        var (colors, mono, theme) = ThemedColors.Build(Config, catalog, out var errors);

        Assert.Empty(errors);
        Assert.Equal("dark", theme.Name);
        Assert.Equal(TerminalColor.FromIndex(7), colors[ColorObject.Normal].Foreground);
        Assert.Equal(TerminalColor.FromIndex(24), colors[ColorObject.Indicator].Background);
        var newRule = colors.IndexRules.Single(r => r.Pattern == "~N");
        Assert.Equal(TerminalColor.FromIndex(3), newRule.Spec.Foreground);
        Assert.Equal(ColorAttributes.Underline, mono[ColorObject.Indicator].Attributes);
    }

    [Fact]
    public async Task UncolorRemovesTheThemesRulesToo()
    {
        Assert.Empty(await Source("uncolor index *\nunmono index *\n"));
        var (colors, mono, _) = ThemedColors.Build(Config, catalog, out _);
        Assert.Empty(colors.IndexRules);
        Assert.Empty(mono.IndexRules);
    }

    [Fact]
    public async Task WithoutAThemeSettingTheDefaultThemeIsUsed()
    {
        Assert.Empty(await Source("color status red default\n"));
        var (colors, _, theme) = ThemedColors.Build(Config, catalog, out _);
        Assert.Equal("default", theme.Name);
        Assert.Equal(TerminalColor.FromIndex(1), colors[ColorObject.Status].Foreground);
    }

    [Fact]
    public async Task AnUnknownThemeIsReportedAndTheDefaultIsUsed()
    {
        Assert.Empty(await Source("set theme=nosuch\n"));
        var (_, _, theme) = ThemedColors.Build(Config, catalog, out var errors);
        Assert.Equal("default", theme.Name);
        Assert.StartsWith("nosuch: no such theme", Assert.Single(errors).Message);
    }

    [Fact]
    public async Task ColourErrorsNameTheirLine()
    {
        var errors = await Source("""
            color normal purple default
            color index red default
            mono normal shiny
            uncolor status *
            unmono
            color body red default (
            """);
        Assert.Equal([1, 2, 3, 4, 5, 6], errors.Select(e => e.Line));
        Assert.Equal("purple: no such color", errors[0].Message);
        Assert.Equal("unmono: too few arguments", errors[4].Message);
        Assert.Equal(0, Config.GetExtension<ColorConfiguration>().Count);
    }

    [Fact]
    public async Task ADotfileStyleColourFileLoadsWithoutErrors()
    {
        Assert.Empty(await Source("""
            # colours as dotfiles write them
            color normal      default default
            color hdrdefault  cyan    default
            color quoted      green   default
            color quoted1     blue    default
            color signature   brightblack default
            color indicator   black   cyan
            color attachment  yellow  default
            color error       red     default
            color message     white   default
            color search      brightwhite magenta
            color status      brightyellow blue
            color tree        brightblue default
            color tilde       blue    default
            color markers     red     default
            color sidebar_new brightgreen default
            color index       yellow  default '~N'
            color index       red     default '~F'
            color index       blue    default '~T'
            color index       brightred default '~D'
            color header      brightgreen default "^From:"
            color header      brightcyan  default "^Subject:"
            color body        brightred   default "[\-\.+_a-zA-Z0-9]+@[\-\.a-zA-Z0-9]+"
            color body        brightblue  default "(https?|ftp)://[\-\.,/%~_:?&=\#a-zA-Z0-9]+"
            color body        green       default "[[:alpha:]]+:"
            mono  bold        bold
            mono  underline   underline
            mono  indicator   reverse
            mono  error       bold
            """));
    }

    [Fact]
    public async Task AVimUsersDotfileLoadsWithNoErrorAndItsColoursTakeEffect()
    {
        string muttrc = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "Muttrc", "vim-user.muttrc"));
        Assert.Empty(await Source(muttrc));

        var (colors, mono, _) = ThemedColors.Build(Config, catalog, out var errors);
        Assert.Empty(errors);
        Assert.Equal(TerminalColor.FromIndex(6), colors[ColorObject.Indicator].Background);
        Assert.Equal(ColorAttributes.Bold, mono.IndexRules.Single(r => r.Pattern == "~N").Spec.Attributes);
    }
}
