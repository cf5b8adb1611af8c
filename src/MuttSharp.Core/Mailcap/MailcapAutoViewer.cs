using MimeKit;
using MuttSharp.Core.Config;
using MuttSharp.Core.Rendering;

namespace MuttSharp.Core.Mailcap;

/// <summary><c>auto_view</c> through the mailcap: a part is shown by its first <c>copiousoutput</c> entry whose <c>test</c> passes.</summary>
public sealed class MailcapAutoViewer : IAutoViewer
{
    private readonly MailcapRunner runner;

    /// <summary>An auto-viewer over <paramref name="runner"/>'s mailcap.</summary>
    public MailcapAutoViewer(MailcapRunner runner) => this.runner = runner;

    /// <summary>The auto-viewer for a configuration's <c>$mailcap_path</c>; null when no mailcap entry could ever apply.</summary>
    public static MailcapAutoViewer? FromConfig(MuttConfig config)
    {
        var settings = MailcapSettings.FromConfig(config);
        var database = MailcapDatabase.Load(settings);
        return database.Entries.Count == 0 ? null : new MailcapAutoViewer(new MailcapRunner(database, settings));
    }

    /// <inheritdoc/>
    public bool CanView(string mimeType) => runner.Database.Candidates(mimeType, MailcapPurpose.AutoView).Any();

    /// <inheritdoc/>
    public async Task<AutoViewResult?> ViewAsync(MimePart part, CancellationToken cancellationToken)
    {
        using var invocation = await runner.PrepareAsync(part, MailcapPurpose.AutoView, cancellationToken).ConfigureAwait(false);
        if (invocation is null)
            return null;
        var result = await runner.RunAsync(invocation, cancellationToken).ConfigureAwait(false);
        return new AutoViewResult(invocation.Entry.ViewCommand, result.Output, result.Error);
    }
}
