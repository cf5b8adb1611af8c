using MuttSharp.Mta.Routing;

namespace MuttSharp.Mta.Tests.Routing;

public sealed class RecipientAddressTests
{
    [Theory]
    [InlineData("<Alice@Example.COM.>", "Alice", "example.com")]
    [InlineData("alice", "alice", "")]
    [InlineData("\"a@b\"@example.com", "a@b", "example.com")]
    [InlineData("user%other@example.com", "user%other", "example.com")]
    public void Addresses_split_at_the_last_at_sign(string text, string local, string domain)
    {
        Assert.True(RecipientAddress.TryParse(text, out var address));
        Assert.Equal(new RecipientAddress(local, domain), address);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<>")]
    [InlineData("@example.com")]
    [InlineData("alice@")]
    [InlineData("ali\rce@example.com")]
    public void Empty_or_control_laden_addresses_are_refused(string text)
    {
        Assert.False(RecipientAddress.TryParse(text, out _));
    }

    [Theory]
    [InlineData("user+tag", "+", "user")]
    [InlineData("user-tag+x", "+-", "user")]
    [InlineData("+tag", "+", null)]
    [InlineData("user", "+", null)]
    [InlineData("user+tag", "", null)]
    public void Extensions_start_at_any_delimiter_character(string local, string delimiters, string? expected)
    {
        Assert.Equal(expected, RecipientAddress.StripExtension(local, delimiters));
    }

    [Fact]
    public void Virtual_keys_follow_virtual_5_order()
    {
        var address = new RecipientAddress("User+Tag", "example.com");

        Assert.Equal(["user+tag@example.com", "user@example.com", "@example.com"], address.VirtualKeys("+"));
        Assert.Equal(["user+tag@example.com"], address.VirtualKeys("", withDomainCatchAll: false));
    }
}
