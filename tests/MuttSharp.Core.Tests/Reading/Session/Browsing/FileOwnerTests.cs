using MuttSharp.Core.Reading.Session.Browsing;

namespace MuttSharp.Core.Tests.Reading.Session.Browsing;

public sealed class FileOwnerTests
{
    [Fact]
    public void KnownIdsAreNamedAndUnknownOnesShowTheirNumber()
    {
        Assert.Equal("root", FileOwner.UserName(0));
        Assert.Equal("root", FileOwner.GroupName(0));
        Assert.Equal("3999999999", FileOwner.UserName(3_999_999_999));
        Assert.Equal("3999999998", FileOwner.GroupName(3_999_999_998));
    }

    [Fact]
    public void AFileIsOwnedByWhoeverCreatedIt()
    {
        string file = Path.GetTempFileName();
        try
        {
            var owner = FileOwner.Read(file);

            Assert.NotNull(owner);
            Assert.Equal(Environment.UserName, owner.Value.Owner);
            Assert.Equal(1, owner.Value.Links);
            Assert.Null(FileOwner.Read(file + ".gone"));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
