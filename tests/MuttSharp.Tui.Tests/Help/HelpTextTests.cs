using MuttSharp.Core.Config.Keys;
using MuttSharp.Tui.Help;

namespace MuttSharp.Tui.Tests.Help;

public sealed class HelpTextTests
{
    [Theory]
    [InlineData(KeyMenu.Index)]
    [InlineData(KeyMenu.Pager)]
    public void The_undo_of_the_last_deletion_is_listed_with_its_key_and_what_it_does(KeyMenu menu)
    {
        var lines = HelpText.For(menu, KeyProfiles.Build(KeyProfiles.Vim));

        var line = Assert.Single(lines, l => l.Contains("undelete-last", StringComparison.Ordinal));
        Assert.StartsWith("^_ ", line);
        Assert.EndsWith("undo the last deletion: undelete the messages it marked (MuttSharp)", line);
    }

    [Fact]
    public void The_bindings_in_force_are_listed_not_the_defaults()
    {
        var maps = KeyProfiles.Build(KeyProfiles.Mutt);
        maps[KeyMenu.Pager].BindFunction(KeySequence.Parse("X"), "undelete-last");

        var lines = HelpText.For(KeyMenu.Pager, maps);

        Assert.Contains(lines, l => l.StartsWith("X ", StringComparison.Ordinal) && l.Contains("undelete-last", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("^_ ", StringComparison.Ordinal));
    }

    [Fact]
    public void Functions_bound_to_no_key_are_listed_apart()
    {
        var lines = HelpText.For(KeyMenu.Index, KeyProfiles.Build(KeyProfiles.Mutt));

        int unbound = lines.ToList().IndexOf("Unbound functions:");
        Assert.True(unbound > 0);
        Assert.Contains(lines.Skip(unbound), l => l.StartsWith("undelete-last ", StringComparison.Ordinal));
    }
}
