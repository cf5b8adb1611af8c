using System.Net;
using MuttSharp.Mta.Policy;
using MuttSharp.Mta.Smtp;

namespace MuttSharp.Mta.Tests.Smtp;

/// <summary>A recipient policy from a function of the recipient, for tests of the protocol alone.</summary>
internal sealed class PolicyStub(Func<string, SmtpReply?> decide) : IRecipientPolicy
{
    public static PolicyStub AcceptAll { get; } = new(_ => null);

    public ValueTask<PolicyVerdict> CheckAsync(IPAddress client, string? saslUser, string sender, string recipient, CancellationToken cancellationToken)
        => ValueTask.FromResult(decide(recipient) is { } reply ? new PolicyVerdict(reply.Code, reply.Enhanced ?? "", reply.Lines[0]) : PolicyVerdict.Accept);
}
