namespace MuttSharp.Core.Tests.Config.Muttrc;

/// <summary>Tokenising as Mutt does, observed through <c>set my_*</c> values.</summary>
public sealed class MuttrcArgumentsTests : IDisposable
{
    private readonly MuttrcTestBed _bed = new(new Dictionary<string, string> { ["GREETING"] = "hello" });

    public void Dispose() => _bed.Dispose();

    private async Task<string?> ValueOf(string assignment)
    {
        var config = await _bed.LoadAsync($"set my_v={assignment}\n");
        Assert.Empty(config.Errors);
        return config.GetUserVariable("my_v");
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("\"double quoted\"", "double quoted")]
    [InlineData("'single $GREETING \\n'", "single $GREETING \\n")]
    [InlineData("\"tab\\there\"", "tab\there")]
    [InlineData("a\\ b", "a b")]
    [InlineData("\"say \\\"hi\\\"\"", "say \"hi\"")]
    [InlineData("\"\\Cd\\e\\101\"", "\u0004\u001bA")]
    [InlineData("$GREETING", "hello")]
    [InlineData("\"${GREETING}world\"", "helloworld")]
    [InlineData("\"$nonexistent.\"", ".")]
    [InlineData("\"$beep $mail_check $sort\"", "yes 5 date")]
    [InlineData("pre\"mid dle\"post", "premid dlepost")]
    [InlineData("\"`echo from shell`\"", "from shell")]
    [InlineData("'`echo literal`'", "`echo literal`")]
    [InlineData("x#comment", "x")]
    [InlineData("\"a#b;c\"", "a#b;c")]
    public async Task Values_are_dequoted_and_expanded_as_mutt_does(string assignment, string expected)
    {
        Assert.Equal(expected, await ValueOf(assignment));
    }

    [Fact]
    public async Task An_unquoted_backtick_is_read_again_as_muttrc_text()
    {
        var config = await _bed.LoadAsync("set my_a=`echo one my_b=two`\n");

        Assert.Empty(config.Errors);
        Assert.Equal("one", config.GetUserVariable("my_a"));
        Assert.Equal("two", config.GetUserVariable("my_b"));
    }

    [Fact]
    public async Task A_backtick_in_a_commands_output_is_not_run_again()
    {
        var config = await _bed.LoadAsync("set my_a=`printf '\\140date\\140'`\n");

        Assert.Empty(config.Errors);
        Assert.Equal("`date`", config.GetUserVariable("my_a"));
    }

    [Fact]
    public async Task My_variables_expand_in_later_lines()
    {
        var config = await _bed.LoadAsync("set my_dir=~/Mail\nset folder=$my_dir/\"sub dir\"\n");

        Assert.Equal(Path.Combine(_bed.Home, "Mail", "sub dir"), config.GetPath("folder"));
    }

    [Fact]
    public async Task Semicolons_separate_commands_and_a_hash_starts_a_comment()
    {
        var config = await _bed.LoadAsync("set wrap=5 ; set my_x=1;set my_y=2 # set my_z=3\n# set wrap=9\n");

        Assert.Empty(config.Errors);
        Assert.Equal(5, config.GetNumber("wrap"));
        Assert.Equal("2", config.GetUserVariable("my_y"));
        Assert.Null(config.GetUserVariable("my_z"));
    }
}
