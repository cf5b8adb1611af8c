using MuttSharp.Core.Config.Colors;
using MuttSharp.Core.Config.Themes;

namespace MuttSharp.Core.Tests.Config.Themes;

public sealed class ThemeCatalogTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("muttsharp-themes-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Dir(string name)
    {
        string dir = Path.Combine(root, name);
        Directory.CreateDirectory(dir);
        return dir;
    }

    [Theory]
    [InlineData("default")]
    [InlineData("dark")]
    [InlineData("light")]
    [InlineData("16color")]
    public void EveryBundledThemeLoadsWithoutErrors(string name)
    {
        var catalog = new ThemeCatalog([RepositoryFiles.Themes]);
        var theme = catalog.Load(name, null, out var errors);
        Assert.Empty(errors);
        Assert.Equal(name, theme.Name);
        Assert.True(theme.Colors.IsSet(ColorObject.Indicator));
        Assert.NotEmpty(theme.Colors.IndexRules);
        Assert.False(string.IsNullOrEmpty(theme.Description));
    }

    [Fact]
    public void TheDarkThemeUses256ColoursAndThe16ColourThemeDoesNot()
    {
        var catalog = new ThemeCatalog([RepositoryFiles.Themes]);
        Assert.True(catalog.Load("dark", null, out _).Colors[ColorObject.Normal].Background!.Value.Index >= 16);
        var plain = new ColorOptions { PaletteSize = 16 };
        catalog.Load("16color", plain, out var errors);
        Assert.Empty(errors);
        catalog.Load("default", plain, out errors);
        Assert.Empty(errors);
    }

    [Fact]
    public void AUserThemeOverridesABundledOneOfTheSameName()
    {
        string user = Dir("user"), bundled = Dir("bundled");
        File.WriteAllText(Path.Combine(user, "dark.toml"), "description = \"mine\"");
        File.WriteAllText(Path.Combine(bundled, "dark.toml"), "description = \"shipped\"");
        var theme = new ThemeCatalog([user, bundled]).Load("dark", null, out _);
        Assert.Equal("mine", theme.Description);
    }

    [Fact]
    public void ABrokenThemeIsReportedAndTheDefaultThemeIsUsed()
    {
        string dir = Dir("t");
        File.WriteAllText(Path.Combine(dir, "broken.toml"), "[objects]\nnormal = { fg = \"purple\" }\n");
        File.WriteAllText(Path.Combine(dir, "default.toml"), "description = \"the default\"");
        var theme = new ThemeCatalog([dir]).Load("broken", null, out var errors);
        Assert.Equal("default", theme.Name);
        Assert.Equal($"{Path.Combine(dir, "broken.toml")}:2: objects.normal: purple: no such color", Assert.Single(errors).ToString());
    }

    [Fact]
    public void WithNoUsableFileMuttsOwnLookIsUsed()
    {
        var theme = new ThemeCatalog([Dir("empty")]).Load("nosuch", null, out var errors);
        Assert.Equal(Theme.MuttName, theme.Name);
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("nosuch: no such theme", errors[0].Message);
        Assert.Equal(ColorAttributes.Reverse, theme.Colors[ColorObject.Status].Attributes);
    }

    [Fact]
    public void TheMuttThemeIsBuiltIn()
    {
        var theme = new ThemeCatalog([]).Load("mutt", null, out var errors);
        Assert.Empty(errors);
        Assert.Null(theme.Path);
    }

    [Fact]
    public void APathNamesAThemeFileDirectly()
    {
        string file = Path.Combine(Dir("p"), "x.toml");
        File.WriteAllText(file, "name = \"by-path\"");
        Assert.Equal("by-path", new ThemeCatalog([]).Load(file, null, out _).Name);
    }

    [Fact]
    public void ListsTheThemesFound()
    {
        string dir = Dir("list");
        File.WriteAllText(Path.Combine(dir, "b.toml"), "");
        File.WriteAllText(Path.Combine(dir, "a.toml"), "");
        Assert.Equal(["a", "b", "mutt"], new ThemeCatalog([dir, Path.Combine(root, "missing")]).Names());
    }

    [Fact]
    public void SearchesTheUsersDirectoryThenTheProgramsOne()
    {
        Assert.Equal(["/h/.config/muttsharp/themes", "/p/themes"], ThemeSettings.SearchDirectories("/h", null, "/p"));
        Assert.Equal(["/x/muttsharp/themes", "/p/themes"], ThemeSettings.SearchDirectories("/h", "/x", "/p"));
    }
}
