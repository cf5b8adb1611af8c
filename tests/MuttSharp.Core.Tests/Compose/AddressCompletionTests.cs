using MuttSharp.Core.Compose;
using MuttSharp.Core.Config;

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
}
