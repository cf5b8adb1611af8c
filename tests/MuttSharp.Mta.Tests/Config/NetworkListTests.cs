using System.Net;
using MuttSharp.Mta.Config;

namespace MuttSharp.Mta.Tests.Config;

public sealed class NetworkListTests
{
    private static NetworkList Parse(string text, List<string>? problems = null) =>
        NetworkList.Parse(ParameterValue.SplitList(text), m => problems?.Add(m));

    [Theory]
    [InlineData("127.0.0.0/8", "127.1.2.3", true)]
    [InlineData("127.0.0.0/8", "128.0.0.1", false)]
    [InlineData("[::1]/128", "::1", true)]
    [InlineData("::1/128", "::1", true)]
    [InlineData("[2001:db8::]/32", "2001:db8:1::5", true)]
    [InlineData("192.0.2.7", "192.0.2.7", true)]
    [InlineData("192.0.2.7", "192.0.2.8", false)]
    [InlineData("127.0.0.0/8", "::ffff:127.0.0.1", true)]
    [InlineData("!127.0.0.2 127.0.0.0/8", "127.0.0.2", false)]
    [InlineData("!127.0.0.2 127.0.0.0/8", "127.0.0.3", true)]
    public void Matches_postfix_network_notation(string list, string address, bool expected)
    {
        Assert.Equal(expected, Parse(list).Contains(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("127.0.0.1/8", "non-null host address bits in \"127.0.0.1/8\", skipping this rule")]
    [InlineData("10.0.0.0/33", "bad network pattern \"10.0.0.0/33\": expected a prefix length from 0 to 32")]
    [InlineData("mail.example.com", "bad network pattern \"mail.example.com\": expected an address or address/prefix (host names and lookup tables are not supported here)")]
    public void Bad_items_are_skipped_and_reported(string item, string expected)
    {
        var problems = new List<string>();

        var list = Parse($"{item} 10.1.0.0/16", problems);

        Assert.Equal(expected, Assert.Single(problems));
        Assert.Single(list.Networks);
    }

    [Fact]
    public void A_file_item_reads_one_or_more_networks_per_line()
    {
        string file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "# trusted\n10.0.0.0/8\n192.168.0.0/16 172.16.0.0/12\n");

            var list = Parse(file);

            Assert.True(list.Contains(IPAddress.Parse("172.20.1.1")));
            Assert.Equal(3, list.Networks.Count);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
