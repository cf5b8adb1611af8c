using MuttSharp.Core.Compose;
using MuttSharp.Core.Sending;

namespace MuttSharp.Core.Tests.Sending;

/// <summary>A submitter that keeps what it is given, or refuses everything with a fixed reason.</summary>
internal sealed class RecordingSubmitter(string? refusal = null) : IMessageSubmitter
{
    public List<OutgoingMessage> Submitted { get; } = [];

    public string Name => "the test queue";

    public Task<SubmitResult> SubmitAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (refusal is not null)
            return Task.FromResult(SubmitResult.Failed(refusal, temporary: true));
        Submitted.Add(message);
        return Task.FromResult(SubmitResult.Ok($"queued as {Submitted.Count}"));
    }
}
