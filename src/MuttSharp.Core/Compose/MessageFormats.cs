using MuttSharp.Core.Config.Format;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Compose;

/// <summary>Expands the message formats a reply or forward uses (<c>$attribution</c>, <c>$indent_string</c>, <c>$forward_format</c>...) for one original.</summary>
internal sealed class MessageFormats
{
    private readonly ExpandoTable<IndexRow> table;
    private readonly FormatOptions options;

    public MessageFormats(ComposeSettings settings)
    {
        table = IndexExpandos.Create(settings.Format);
        // Wide enough that %> never pads a line meant for a message body.
        options = new FormatOptions { Columns = 1000, Culture = settings.AttributionCulture };
    }

    public async Task<string> ExpandAsync(string format, Message message, CancellationToken cancellationToken) =>
        format.Length == 0 ? "" : await FormatString.Get(format).RenderAsync(table, new IndexRow(message), options, cancellationToken).ConfigureAwait(false);
}
