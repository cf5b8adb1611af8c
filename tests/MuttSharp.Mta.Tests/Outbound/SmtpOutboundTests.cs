using System.Net;
using System.Net.Sockets;
using System.Text;
using MuttSharp.Mta.Delivery;
using MuttSharp.Mta.Logging;
using MuttSharp.Mta.Outbound;
using MuttSharp.Mta.Queue;
using MuttSharp.Mta.Smtp;
using MuttSharp.Mta.Tests.Smtp;

namespace MuttSharp.Mta.Tests.Outbound;

public sealed class SmtpOutboundTests
{
    private static QueuedMessage Message(params string[] recipients)
    {
        var envelope = new Envelope { Sender = "alice@example.com", ArrivalTime = DateTimeOffset.UtcNow };
        foreach (string r in recipients)
            envelope.Recipients.Add(new EnvelopeRecipient(r));
        byte[] content = Encoding.UTF8.GetBytes("From: alice@example.com\nTo: bob@remote.test\nSubject: outbound\nMessage-Id: <1@example.com>\n\nhello there\n");
        return new QueuedMessage("ABCDEF000001", "", envelope, content);
    }

    private static SmtpOutbound Outbound(string relayhost, IMxResolver dns, int port = 25)
        => new(TestSettings.Create(new Dictionary<string, string> { ["relayhost"] = relayhost }), dns, MailLog.Null, port);

    [Fact]
    public async Task ABracketedRelayhostGetsTheMessageWithoutAnMxLookup()
    {
        await using var sink = new SmtpServerFixture();
        var dns = new DnsStub(new MxLookup([], "no DNS in tests", Permanent: true));
        var outbound = Outbound($"[127.0.0.1]:{sink.Endpoint.Port}", dns);

        var results = await outbound.SendAsync(Message("bob@remote.test"), "remote.test", Message("bob@remote.test").Envelope.Recipients, default);

        var result = Assert.Single(results);
        Assert.Equal(DeliveryStatus.Sent, result.Status);
        Assert.Equal($"127.0.0.1[127.0.0.1]:{sink.Endpoint.Port}", result.Relay);
        Assert.StartsWith("2.0.0 Ok: queued as", result.Text);
        Assert.Equal(["127.0.0.1"], dns.Asked);
        var received = Assert.Single(sink.Queued());
        Assert.Equal("alice@example.com", received.Envelope.Sender);
        Assert.Equal("bob@remote.test", Assert.Single(received.Envelope.Recipients).Address);
        Assert.Contains("Subject: outbound\n", Encoding.UTF8.GetString(received.Content.Span));
    }

    [Fact]
    public async Task MxHostsAreUsedAndARefusedRecipientBouncesAloneWhileTheOtherIsSent()
    {
        await using var sink = new SmtpServerFixture(new PolicyStub(r => r.StartsWith("nobody", StringComparison.Ordinal)
            ? new SmtpReply(550, "5.1.1", $"<{r}>: Recipient address rejected: User unknown") : null));
        var dns = new DnsStub(new MxLookup([new MxHost("mx.remote.test", [IPAddress.Loopback])]));
        var outbound = Outbound("", dns, sink.Endpoint.Port);
        var message = Message("nobody@remote.test", "bob@remote.test");

        var results = await outbound.SendAsync(message, "remote.test", message.Envelope.Recipients, default);

        Assert.Equal(["remote.test"], dns.Asked);
        Assert.Equal(DeliveryStatus.Bounced, results[0].Status);
        Assert.Equal($"host mx.remote.test[127.0.0.1] said: 550 5.1.1 <nobody@remote.test>: Recipient address rejected: User unknown (in reply to RCPT TO command)", results[0].Text);
        Assert.Equal(DeliveryStatus.Sent, results[1].Status);
        Assert.Equal("bob@remote.test", Assert.Single(Assert.Single(sink.Queued()).Envelope.Recipients).Address);
    }

    [Fact]
    public async Task AnUnreachableHostDefers()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        var outbound = Outbound($"[127.0.0.1]:{port}", new DnsStub(new MxLookup([])));

        var result = Assert.Single(await outbound.SendAsync(Message("bob@remote.test"), "remote.test", Message("bob@remote.test").Envelope.Recipients, default));

        Assert.Equal(DeliveryStatus.Deferred, result.Status);
        Assert.Equal($"connect to 127.0.0.1[127.0.0.1]:{port}: Connection refused", result.Text);
    }

    [Fact]
    public async Task ADomainThatDoesNotExistBouncesAndADnsFailureDefers()
    {
        var message = Message("bob@nowhere.test");
        var gone = await Outbound("", new DnsStub(new MxLookup([], "Host or domain name not found", Permanent: true))).SendAsync(message, "nowhere.test", message.Envelope.Recipients, default);
        var later = await Outbound("", new DnsStub(new MxLookup([], "try again"))).SendAsync(message, "nowhere.test", message.Envelope.Recipients, default);

        Assert.Equal((DeliveryStatus.Bounced, "5.4.4"), (gone[0].Status, gone[0].Dsn));
        Assert.Equal((DeliveryStatus.Deferred, "4.4.3"), (later[0].Status, later[0].Dsn));
    }

    private sealed class DnsStub(MxLookup answer) : IMxResolver
    {
        public List<string> Asked { get; } = [];

        public Task<MxLookup> ResolveAsync(string domain, bool useMx, CancellationToken cancellationToken)
        {
            Asked.Add(domain);
            if (!useMx && IPAddress.TryParse(domain, out var literal))
                return Task.FromResult(new MxLookup([new MxHost(domain, [literal])]));
            return Task.FromResult(answer);
        }
    }
}
