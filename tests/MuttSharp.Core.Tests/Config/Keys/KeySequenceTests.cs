using MuttSharp.Core.Config.Keys;

namespace MuttSharp.Core.Tests.Config.Keys;

public sealed class KeySequenceTests
{
    [Fact]
    public void SequencesAreEqualByTheirKeys()
    {
        Assert.Equal(KeySequence.Parse("<esc>v"), KeySequence.Parse(@"\ev"));
        Assert.Equal(KeySequence.Parse("<esc>v").GetHashCode(), KeySequence.Parse(@"\ev").GetHashCode());
        Assert.NotEqual(KeySequence.Parse("gg"), KeySequence.Parse("g"));
    }

    [Fact]
    public void KnowsItsPrefixes()
    {
        Assert.True(KeySequence.Parse("dd").StartsWith(KeySequence.Parse("d")));
        Assert.True(KeySequence.Parse("dd").StartsWith(KeySequence.Parse("dd")));
        Assert.False(KeySequence.Parse("d").StartsWith(KeySequence.Parse("dd")));
        Assert.False(KeySequence.Parse("dt").StartsWith(KeySequence.Parse("dd")));
    }

    [Fact]
    public void ParseThrowsOnlyForTheThrowingEntryPoint()
    {
        Assert.Throws<FormatException>(() => KeySequence.Parse(@"\"));
        Assert.False(KeyNames.TryParse(@"\", out _, out _));
    }
}
