using MimeKit;

namespace MuttSharp.Core.Rendering;

/// <summary>Shows a part through an external command (a mailcap <c>copiousoutput</c> entry) for <c>auto_view</c>.</summary>
public interface IAutoViewer
{
    /// <summary>True when a <c>copiousoutput</c> entry exists for <paramref name="mimeType"/> (its <c>test</c> not yet run).</summary>
    bool CanView(string mimeType);

    /// <summary>Runs the entry for <paramref name="part"/>; null when no entry applies (none, or every <c>test</c> failed).</summary>
    Task<AutoViewResult?> ViewAsync(MimePart part, CancellationToken cancellationToken);
}
