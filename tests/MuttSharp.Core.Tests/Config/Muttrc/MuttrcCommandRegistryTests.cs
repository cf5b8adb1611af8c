using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Config.Muttrc;

namespace MuttSharp.Core.Tests.Config.Muttrc;

/// <summary>The command registry: every command MuttSharp knows, and commands registered on top.</summary>
public sealed class MuttrcCommandRegistryTests : IDisposable
{
    private readonly MuttrcTestBed _bed = new();

    public void Dispose() => _bed.Dispose();

    /// <summary>A stand-in for a real command: records what it was given and refuses one value.</summary>
    private sealed class RecordingCommand(string name) : IMuttrcCommand
    {
        public string Name { get; } = name;

        public List<(IReadOnlyList<string> Args, string Source, int Line)> Calls { get; } = [];

        public bool TryExecute(MuttrcCommandContext context, IReadOnlyList<string> args, out string? error)
        {
            Calls.Add((args, context.Source, context.Line));
            error = args.Contains("refuse") ? $"{Name}: refused" : null;
            return error is null;
        }
    }

    [Fact]
    public async Task Color_bind_macro_and_push_lines_take_effect_with_their_dequoted_arguments()
    {
        var config = await _bed.LoadAsync("""
            color index brightyellow default "~N ~s 'a b'"
            bind pager \Cd half-down
            macro index,pager \ei '<change-folder>=INBOX<enter>' "Go to inbox"
            push <first-entry>
            uncolor index *
            mono header bold "^Subject:"
            """);

        Assert.Empty(config.Errors);
        var maps = KeyMuttrcCommands.BuildKeyMaps(config, out string? error);
        Assert.Null(error);
        Assert.Equal("half-down", maps.Resolve(KeyMenu.Pager, KeySequence.Parse("\\Cd"))?.Function);
        Assert.Equal("<change-folder>=INBOX<enter>", maps.Resolve(KeyMenu.Index, KeySequence.Parse("\\ei"))?.Macro);
        Assert.NotEmpty(config.GetExtension<KeyConfiguration>().PendingInput);
    }

    [Theory]
    [InlineData("bind index", "too few arguments")]
    [InlineData("bind index a b c", "bind: too many arguments")]
    [InlineData("macro index x", "macro: empty key sequence")] // Mutt 2.2 prints an empty message here
    [InlineData("macro index x y z w", "macro: too many arguments")]
    [InlineData("color normal", "color: too few arguments")]
    [InlineData("uncolor index", "uncolor: too few arguments")]
    [InlineData("mono normal", "mono: too few arguments")]
    [InlineData("unmono index", "unmono: too few arguments")]
    [InlineData("exec", "exec: no arguments")]
    [InlineData("push a b", "push: too many arguments")]
    public async Task Lines_are_checked_for_their_number_of_arguments(string line, string message)
    {
        var config = _bed.NewConfig();

        Assert.False(await config.ExecuteAsync(line));
        Assert.Equal($"Error in command line: {message}", config.Errors.Single().ToString());
    }

    [Fact]
    public async Task A_registered_command_runs_with_tokenised_arguments_and_its_errors_are_reported()
    {
        var registry = MuttrcCommandRegistry.CreateDefault();
        var color = new RecordingCommand("color");
        registry.Register(color);

        var config = await _bed.LoadAsync("color index red default '~f \"x\"'\ncolor refuse\n", registry);

        Assert.Equal(2, color.Calls.Count);
        Assert.Equal(["index", "red", "default", "~f \"x\""], color.Calls[0].Args);
        Assert.Equal(1, color.Calls[0].Line);
        Assert.Equal(["Error in ~/muttrc, line 2: color: refused", "source: errors in ~/muttrc"], MuttrcTestBed.ErrorLines(config, _bed.Home));
    }

    [Fact]
    public async Task A_registered_command_takes_precedence_over_a_built_in()
    {
        var registry = MuttrcCommandRegistry.CreateDefault();
        var echo = new RecordingCommand("echo");
        registry.Register(echo);

        var config = await _bed.LoadAsync("echo hi\n", registry);

        Assert.Single(echo.Calls);
        Assert.Empty(config.Messages);
    }

    [Fact]
    public void Names_cover_built_in_and_registered_commands()
    {
        var registry = MuttrcCommandRegistry.CreateDefault();
        registry.Register(new RecordingCommand("unbind"));

        Assert.Contains("set", registry.Names);
        Assert.Contains("folder-hook", registry.Names);
        Assert.Contains("macro", registry.Names);
        Assert.Contains("unbind", registry.Names);
        Assert.True(registry.IsKnown("unbind"));
        Assert.True(registry.IsKnown("macro"));
    }

    [Fact]
    public void Extensions_keep_their_state_in_the_configuration()
    {
        var config = _bed.NewConfig();

        config.GetExtension<List<string>>().Add("kept");

        Assert.Equal(["kept"], config.GetExtension<List<string>>());
    }
}
