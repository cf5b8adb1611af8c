using MuttSharp.Mta.Queue;
using MuttSharp.Mta.Tests.Smtp;

namespace MuttSharp.Mta.Tests.Engine;

/// <summary>The running engine's blank queue files, seen through real SMTP sessions.</summary>
public sealed partial class MtaEngineTests
{
    [Fact]
    public async Task AnRsetGivesBackTheTransactionsBlankFileAndTheNextMessageIsStillDelivered()
    {
        using var fixture = new EngineFixture();
        var (engine, endpoint) = await StartAsync(fixture);
        await using (engine)
        {
            await using var client = await SmtpTestClient.ConnectAsync(endpoint);
            await client.ExpectAsync("220");
            await client.SendAsync("EHLO client.example.net\r\nMAIL FROM:<s@example.net>\r\nRCPT TO:<alice@example.com>\r\n");
            await client.ExpectAsync("250");
            await client.ExpectAsync("250");
            await client.ExpectAsync("250");
            string id = Assert.Single(engine.Queue.List(QueueArea.Active), engine.Queue.HasBlankFile);

            await client.SendAsync("RSET\r\n");
            await client.ExpectAsync("250");

            Assert.False(engine.Queue.HasBlankFile(id));
            Assert.False(File.Exists(engine.Queue.PathOf(id, QueueArea.Active)));
            await client.SendAsync("MAIL FROM:<s@example.net>\r\nRCPT TO:<alice@example.com>\r\nDATA\r\n");
            await client.ExpectAsync("250");
            await client.ExpectAsync("250");
            await client.ExpectAsync("354");
            await client.SendAsync("Subject: after RSET\r\n\r\nbody\r\n.\r\n");
            string queued = await client.ExpectAsync("250");
            Assert.Contains("Subject: after RSET", Assert.Single(await WaitForDeliveryAsync(fixture.AliceMaildir, 1)));
            Assert.DoesNotContain(id, queued);
        }
    }

    [Fact]
    public async Task AStoppedEngineLeavesNoBlankFileInActive()
    {
        using var fixture = new EngineFixture();
        var (engine, _) = await StartAsync(fixture);
        string active = engine.Queue.AreaPath(QueueArea.Active);
        Assert.Equal(32, Directory.GetFiles(active).Length);

        await engine.DisposeAsync();

        Assert.Empty(Directory.GetFiles(active));
    }

    [Fact]
    public async Task WithQueueBlankFileCountZeroNoBlankFileIsMadeAndMailIsStillDelivered()
    {
        using var fixture = new EngineFixture(new() { ["queue_blank_file_count"] = "0" });
        var (engine, endpoint) = await StartAsync(fixture);
        await using (engine)
        {
            Assert.Empty(Directory.GetFiles(engine.Queue.AreaPath(QueueArea.Active)));
            await using var client = await SmtpTestClient.ConnectAsync(endpoint);
            await client.ExpectAsync("220");
            await client.SendAsync("EHLO client.example.net\r\nMAIL FROM:<s@example.net>\r\nRCPT TO:<alice@example.com>\r\nDATA\r\n");
            await client.ExpectAsync("250");
            await client.ExpectAsync("250");
            await client.ExpectAsync("250");
            await client.ExpectAsync("354");
            await client.SendAsync("Subject: no blank file\r\n\r\nbody\r\n.\r\n");
            await client.ExpectAsync("250");

            // Delivered before the 250, as every transaction is without blank files.
            Assert.Contains("Subject: no blank file", Assert.Single(EngineFixture.Delivered(fixture.AliceMaildir)));
        }
    }
}
