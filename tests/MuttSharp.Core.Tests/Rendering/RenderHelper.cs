using System.Text;
using MuttSharp.Core.Rendering;

namespace MuttSharp.Core.Tests.Rendering;

/// <summary>Parses a message given as text and renders it as the pager would on a screen of a given width.</summary>
internal static class RenderHelper
{
    public static async Task<MessageText> RenderAsync(string raw, RenderSettings? settings = null, bool allHeaders = false, IAutoViewer? viewer = null)
    {
        settings ??= RenderSettings.Default;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(raw.Replace("\r\n", "\n").Replace("\n", "\r\n")));
        var message = await MessageParsing.LoadAsync(stream, settings.Limits);
        return await new MessageRenderer(settings, viewer).RenderAsync(message, allHeaders);
    }

    public static async Task<string[]> ScreenAsync(string raw, int columns = 80, RenderSettings? settings = null, bool allHeaders = false)
    {
        var text = await RenderAsync(raw, settings, allHeaders);
        return text.LayoutText(columns).ToArray();
    }

    /// <summary>The rows after the blank line that ends the headers.</summary>
    public static string[] Body(string[] rows) => rows[(Array.IndexOf(rows, "") + 1)..];
}
