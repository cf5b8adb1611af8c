using MuttSharp.Mta.Tables;
using MuttSharp.Mta.Tests.Support;

namespace MuttSharp.Mta.Tests.Tables;

public sealed class TableIndexTests
{
    [Fact]
    public async Task An_index_round_trips_with_keys_folded_to_lower_case_and_the_first_duplicate_kept()
    {
        using var dir = new TempDirectory();
        string index = Path.Combine(dir.Path, "virtual.db");

        await TableIndex.WriteAsync(index, [new("Sales@Example.COM", "alice"), new("sales@example.com", "bob"), new("x", "ünïcødé")], CancellationToken.None);
        var (ok, entries, _) = await TableIndex.ReadAsync(index, CancellationToken.None);

        Assert.True(ok);
        Assert.Equal("alice", entries["SALES@example.com"]);
        Assert.Equal("ünïcødé", entries["x"]);
        Assert.Equal(2, entries.Count);
        Assert.False(File.Exists(index + $".{Environment.ProcessId}.tmp"));
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3 }, "not a MuttSharp table index")]
    [InlineData(new byte[] { (byte)'M', (byte)'S', (byte)'D', (byte)'B', (byte)'1', (byte)'\n', 5, 0, 0, 0, 9, 0, 0, 0 }, "truncated at entry 1 of 5")]
    public async Task A_damaged_index_is_refused_with_a_reason(byte[] content, string reason)
    {
        using var dir = new TempDirectory();
        string index = Path.Combine(dir.Path, "bad.db");
        await File.WriteAllBytesAsync(index, content);

        var (ok, _, error) = await TableIndex.ReadAsync(index, CancellationToken.None);

        Assert.False(ok);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_index_sits_next_to_its_source_as_file_db()
    {
        Assert.Equal("/etc/aliases.db", TableIndex.PathFor("/etc/aliases"));
    }
}
