using MuttSharp.Mta.Aliases;

namespace MuttSharp.Mta.Tests.Aliases;

public sealed class AliasValueTests
{
    [Fact]
    public void Every_form_of_aliases_5_is_recognised()
    {
        Assert.True(AliasValue.TryParse("alice, \"|/usr/bin/procmail -a team\", /var/log/x.mbox, :include:/etc/list, bob@example.org, |/bin/true", out var targets, out _));

        Assert.Equal(
        [
            new AliasTarget(AliasTargetKind.Address, "alice"),
            new AliasTarget(AliasTargetKind.Command, "/usr/bin/procmail -a team"),
            new AliasTarget(AliasTargetKind.File, "/var/log/x.mbox"),
            new AliasTarget(AliasTargetKind.Include, "/etc/list"),
            new AliasTarget(AliasTargetKind.Address, "bob@example.org"),
            new AliasTarget(AliasTargetKind.Command, "/bin/true"),
        ], targets);
    }

    [Fact]
    public void A_quoted_command_keeps_its_commas()
    {
        Assert.True(AliasValue.TryParse("\"|/bin/sort -t, -k2\"", out var targets, out _));

        Assert.Equal("/bin/sort -t, -k2", Assert.Single(targets).Value);
    }

    [Theory]
    [InlineData("\"|/bin/x", "missing closing '\"' in alias value")]
    [InlineData(" , ", "empty alias value: expected addresses, \"|command\", /file or :include:/file")]
    [InlineData("|", "empty command after '|'")]
    [InlineData(":include:relative/path", "bad include \":include:relative/path\": expected :include:/absolute/path")]
    [InlineData("alice bob", "bad address \"alice bob\": separate addresses with commas, or quote a command")]
    public void Malformed_values_say_what_was_expected(string value, string expected)
    {
        Assert.False(AliasValue.TryParse(value, out _, out string error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Targets_print_as_an_aliases_file_writes_them()
    {
        Assert.Equal("\"|/bin/x y\"", new AliasTarget(AliasTargetKind.Command, "/bin/x y").ToString());
        Assert.Equal(":include:/etc/l", new AliasTarget(AliasTargetKind.Include, "/etc/l").ToString());
    }
}
