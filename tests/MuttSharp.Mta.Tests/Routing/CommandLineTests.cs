using MuttSharp.Mta.Routing;

namespace MuttSharp.Mta.Tests.Routing;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("/usr/bin/procmail -a team", new[] { "/usr/bin/procmail", "-a", "team" })]
    [InlineData("/bin/x 'two words' \"and more\"", new[] { "/bin/x", "two words", "and more" })]
    [InlineData("  /bin/true  ", new[] { "/bin/true" })]
    public void Plain_commands_become_an_argv_without_a_shell(string command, string[] expected)
    {
        Assert.Equal(expected, CommandLine.ToArgv(command));
    }

    [Theory]
    [InlineData("/bin/cat >> /tmp/log")]
    [InlineData("/bin/x | /bin/y")]
    [InlineData("/bin/echo $HOME")]
    [InlineData("/bin/x 'unclosed")]
    public void Shell_syntax_written_by_the_administrator_runs_under_sh(string command)
    {
        Assert.Equal(["/bin/sh", "-c", command], CommandLine.ToArgv(command));
    }
}
