using MuttSharp.Tui.Prompts;

namespace MuttSharp.Tui.Tests.Prompts;

public sealed class PromptHistoryTests
{
    [Fact]
    public void Keeps_the_newest_entries_up_to_its_size_without_repeating_the_last()
    {
        var history = new PromptHistory(size: 2);
        history.Add(PromptHistoryKind.Command, "a");
        history.Add(PromptHistoryKind.Command, "b");
        history.Add(PromptHistoryKind.Command, "b");
        history.Add(PromptHistoryKind.Command, "c");
        history.Add(PromptHistoryKind.Command, "");
        Assert.Equal(["b", "c"], history[PromptHistoryKind.Command]);
        Assert.Empty(history[PromptHistoryKind.Shell]);
    }
}
