using MuttSharp.Core.Config.Keys;
using MuttSharp.Tui.Functions;
using MuttSharp.Tui.Help;
using MuttSharp.Tui.Tests.Pager;

namespace MuttSharp.Tui.Tests.Help;

public sealed class HelpFunctionsTests
{
    [Theory]
    [InlineData('j', "Char = j, Octal = 152, Decimal = 106")]
    [InlineData('\u0004', "Char = ^D, Octal = 4, Decimal = 4")]
    public void A_key_is_named_as_a_bind_line_writes_it_with_its_code(char key, string expected) =>
        Assert.Equal(expected, HelpFunctions.Describe(KeyCode.Char(key)));

    [Fact]
    public async Task What_key_names_each_key_until_ctrl_g()
    {
        var table = new FunctionTable();
        HelpFunctions.Register(table);
        var shell = new ScriptedShell();
        var menu = new Support.FakeMenu();
        foreach (string answer in new[] { "x", "\u0007", "never read" })
            shell.Answers.Enqueue(answer);

        Assert.True(table.TryGet(KeyMenu.Index, "what-key", menu, out var handler));
        await handler(new FunctionCall("what-key", KeyMenu.Index, menu, shell, false));

        Assert.Equal(["Enter keys (^G to abort): ", "Char = x, Octal = 170, Decimal = 120"], shell.KeyPrompts);
        Assert.Equal(["never read"], shell.Answers);
    }
}
