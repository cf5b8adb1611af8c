using MuttSharp.Mta.Smtp;

namespace MuttSharp.Mta.Tests.Smtp;

/// <summary>A recipient policy from a function, for tests of the protocol alone.</summary>
internal sealed class PolicyStub(Func<RecipientCheck, SmtpReply?> decide) : IRecipientPolicy
{
    public static PolicyStub AcceptAll { get; } = new(_ => null);

    public ValueTask<SmtpReply?> CheckRecipientAsync(RecipientCheck check, CancellationToken cancellationToken)
        => ValueTask.FromResult(decide(check));
}
