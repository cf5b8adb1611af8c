using MuttSharp.Core.Compose;
using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Format;

namespace MuttSharp.Core.Tests.Compose;

public sealed class AddressCompletionTests
{
    private static readonly MuttAlias[] Aliases =
    [
        new("john", "John Smith <john@example.org>", []),
        new("joanna", "joanna@example.org", []),
        new("bob", "Bob <bob@example.org>", []),
    ];

    [Fact]
    public void APrefixCompletesToWhatTheMatchingNamesShare() =>
        Assert.Equal("jo", AddressCompletion.Complete(Aliases, "j"));

    [Fact]
    public void AUniquePrefixCompletesToTheName() =>
        Assert.Equal("john", AddressCompletion.Complete(Aliases, "joh"));

    [Fact]
    public void AFullNameBecomesItsAddresses() =>
        Assert.Equal("John Smith <john@example.org>", AddressCompletion.Complete(Aliases, "john"));

    [Fact]
    public void OnlyTheWordAfterTheLastCommaIsCompleted() =>
        Assert.Equal("amy@example.org, bob", AddressCompletion.Complete(Aliases, "amy@example.org,b"));

    [Fact]
    public void AnAmbiguousOrUnknownWordCompletesNothing()
    {
        Assert.Null(AddressCompletion.Complete(Aliases, "jo"));
        Assert.Null(AddressCompletion.Complete(Aliases, "zed"));
    }

    [Theory]
    [InlineData("jan", 3, 0, "jan")]
    [InlineData("amy@example.org,  jan", 21, 18, "jan")]
    [InlineData("To: jan", 7, 4, "jan")]
    [InlineData("amy, jan, bob", 8, 5, "jan")]
    [InlineData("amy, ja", 6, 5, "j")]
    public void TheQueryWordRunsFromTheLastCommaOrColonToTheCursor(string line, int cursor, int start, string word) =>
        Assert.Equal((start, word), AddressCompletion.QueryWord(line, cursor));

    [Fact]
    public void TheQueryWordIsReplacedByThePickedAddressesAndTheRestKept()
    {
        QueryEntry[] picked = [new(1, "jane@example.org", "Jane Doe", ""), new(2, "jim@example.org", "", "")];

        Assert.Equal("amy, \"Jane Doe\" <jane@example.org>, jim@example.org, bob",
            AddressCompletion.ReplaceQueryWord("amy, ja, bob", 7, picked));
    }
}
