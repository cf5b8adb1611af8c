using MuttSharp.Core.Config;

namespace MuttSharp.Core.Tests.Config.Muttrc;

/// <summary>Which files are read, in which order, and what -F, -n and -e change.</summary>
public sealed class MuttConfigLoaderTests : IDisposable
{
    private readonly MuttrcTestBed _bed = new();

    public void Dispose() => _bed.Dispose();

    private MuttConfigLoadOptions Options(params string[] systemFiles) => new()
    {
        Environment = _bed.Environment(),
        SystemFiles = [.. systemFiles.Select(file => Path.Combine(_bed.Home, file))],
    };

    [Fact]
    public async Task The_first_user_muttrc_found_is_read_after_the_system_file()
    {
        _bed.Write("etc/Muttrc", "set wrap=1 my_system=yes\n");
        _bed.Write(".mutt/muttrc", "set wrap=2\n");
        _bed.Write(".config/mutt/muttrc", "set wrap=3\n");

        var config = await MuttConfigLoader.LoadAsync(Options("etc/Muttrc"));

        Assert.Empty(config.Errors);
        Assert.Equal(2, config.GetNumber("wrap"));
        Assert.Equal("yes", config.GetUserVariable("my_system"));
        Assert.Equal(Path.Combine(_bed.Home, ".mutt", "muttrc"), config.GetPath("alias_file"));
    }

    [Fact]
    public async Task The_search_order_is_muttrc_dot_mutt_xdg_then_muttsharp()
    {
        var candidates = MuttConfigLoader.UserFileCandidates(_bed.Environment());

        Assert.Equal([".muttrc", ".mutt/muttrc", ".config/mutt/muttrc", ".config/muttsharp/muttrc"], candidates.Select(path => Path.GetRelativePath(_bed.Home, path)));

        _bed.Write(".config/muttsharp/muttrc", "set wrap=4\n");
        Assert.Equal(4, (await MuttConfigLoader.LoadAsync(Options())).GetNumber("wrap"));
        _bed.Write(".muttrc", "set wrap=5\n");
        Assert.Equal(5, (await MuttConfigLoader.LoadAsync(Options())).GetNumber("wrap"));
    }

    [Fact]
    public async Task Config_toml_applies_after_the_muttrc_and_minus_e_after_everything()
    {
        _bed.Write(".muttrc", "set wrap=1 sort=threads beep=no\n");
        _bed.Write(".config/muttsharp/config.toml", "wrap = 2\nmail_check = 30\n");

        var config = await MuttConfigLoader.LoadAsync(Options() with { Commands = ["set mail_check=90"] });

        Assert.Empty(config.Errors);
        Assert.Equal(2, config.GetNumber("wrap"));
        Assert.Equal("threads", config.GetSort("sort").Method);
        Assert.Equal(90, config.GetNumber("mail_check"));
    }

    [Fact]
    public async Task Minus_f_replaces_the_user_files_and_minus_n_skips_the_system_file()
    {
        _bed.Write("etc/Muttrc", "set my_system=yes\n");
        _bed.Write(".muttrc", "set wrap=1\n");
        _bed.Write(".config/muttsharp/config.toml", "wrap = 2\n");
        string custom = _bed.Write("custom.rc", "set mail_check=7\n");

        var config = await MuttConfigLoader.LoadAsync(Options("etc/Muttrc") with { Files = [custom], SkipSystemFiles = true });

        Assert.Empty(config.Errors);
        Assert.Null(config.GetUserVariable("my_system"));
        Assert.Equal(0, config.GetNumber("wrap"));
        Assert.Equal(7, config.GetNumber("mail_check"));
        Assert.Equal(custom, config.GetPath("alias_file"));
    }

    [Fact]
    public async Task Without_any_user_file_the_alias_file_stays_dot_muttrc()
    {
        var config = await MuttConfigLoader.LoadAsync(Options());

        Assert.Equal(Path.Combine(_bed.Home, ".muttrc"), config.GetPath("alias_file"));
        Assert.Equal("alias_file=\"~/.muttrc\"", config.QueryVariable("alias_file"));
    }
}
