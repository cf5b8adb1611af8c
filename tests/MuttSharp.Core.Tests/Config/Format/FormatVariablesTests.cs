using MuttSharp.Core.Config.Format;

namespace MuttSharp.Core.Tests.Config.Format;

public sealed class FormatVariablesTests
{
    [Theory]
    [InlineData("index_format", FormatKind.Message)]
    [InlineData("attribution", FormatKind.Message)]
    [InlineData("pager_format", FormatKind.Message)]
    [InlineData("forward_format", FormatKind.Message)]
    [InlineData("status_format", FormatKind.Status)]
    [InlineData("compose_format", FormatKind.Compose)]
    [InlineData("folder_format", FormatKind.Folder)]
    [InlineData("sidebar_format", FormatKind.Sidebar)]
    [InlineData("alias_format", FormatKind.Alias)]
    [InlineData("query_format", FormatKind.Query)]
    [InlineData("attach_format", FormatKind.Attachment)]
    public void Format_variables_name_their_expando_table(string name, FormatKind kind)
    {
        Assert.True(FormatVariables.TryGetKind(name, out FormatKind found));
        Assert.Equal(kind, found);
    }

    [Theory]
    [InlineData("date_format")]
    [InlineData("folder")]
    [InlineData("$index_format")]
    public void Other_variables_are_not_format_strings(string name)
    {
        Assert.False(FormatVariables.TryGetKind(name, out _));
    }
}
