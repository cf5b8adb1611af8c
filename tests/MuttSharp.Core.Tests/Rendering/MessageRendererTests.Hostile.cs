using System.Text.RegularExpressions;
using MuttSharp.Core.Rendering;

namespace MuttSharp.Core.Tests.Rendering;

/// <summary>The hostile corpus: every message renders, nothing throws, and nothing unsafe reaches the terminal.</summary>
public sealed partial class MessageRendererTests
{
    // ESC, the other C0 controls but TAB (tabs are expanded before display anyway), DEL, C1, bidi embeddings, overrides and isolates.
    private static readonly Regex Unsafe = new("[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\t]", RegexOptions.CultureInvariant);

    [Theory]
    [MemberData(nameof(HostileCorpus.Names), MemberType = typeof(HostileCorpus))]
    public async Task HostileMessagesRenderSafely(string name)
    {
        byte[] raw = HostileCorpus.Messages[name]();
        // $allow_ansi keeps colours as data beside the text: the text itself must be as safe as without it.
        foreach (var settings in new[] { RenderSettings.Default, RenderSettings.Default with { AllowAnsi = true } })
        {
            using var stream = new MemoryStream(raw);
            var message = await MessageParsing.LoadAsync(stream, settings.Limits);
            var text = await new MessageRenderer(settings).RenderAsync(message, allHeaders: true);
            var rows = text.Layout(80);

            if (raw.Length > 0)
                Assert.NotEmpty(rows);
            foreach (var row in rows)
            {
                Assert.False(Unsafe.IsMatch(row.Text), $"{name}: unsafe character in {Regex.Escape(row.Text[..Math.Min(row.Text.Length, 200)])}");
                Assert.True(MuttSharp.Core.Text.TerminalWidth.Of(row.Text) <= 80, $"{name}: a row wider than the screen");
                Assert.All(row.Styles ?? [], span => Assert.True(span.Start >= 0 && span.Start + span.Length <= row.Text.Length, $"{name}: a colour run outside its row"));
            }
        }
    }

    [Fact]
    public async Task NestingDeeperThanTheLimitIsAnnouncedNotShown()
    {
        using var stream = new MemoryStream(HostileCorpus.Messages["deep-multipart"]());
        var settings = RenderSettings.Default with { Limits = RenderLimits.Default with { MimeNestingLimit = 20 } };
        var message = await MessageParsing.LoadAsync(stream, settings.Limits);

        var rows = (await new MessageRenderer(settings).RenderAsync(message)).LayoutText(200).ToArray();

        Assert.Contains(rows, r => r.Contains("nested deeper than 20 levels (mime_nesting_limit)", StringComparison.Ordinal));
        Assert.DoesNotContain("bottom", rows);
    }

    [Fact]
    public async Task TextBeyondMessageSizeLimitIsCutAndSaysSo()
    {
        var settings = RenderSettings.Default with { Limits = RenderLimits.Default with { MessageSizeLimit = 1000 } };

        var text = await RenderHelper.RenderAsync("Subject: big\n\n" + new string('y', 5000) + "\n", settings);

        Assert.Equal(1000, text.Lines.Where(l => l.Kind == LineKind.Body).Sum(l => l.Text.Length));
        Assert.Equal("[-- The text was cut at 1000 bytes (message_size_limit) --]", text.Lines[^1].Text);
    }

    [Fact]
    public async Task HugeHeadersAreCutAtHeaderSizeLimit()
    {
        var settings = RenderSettings.Default with { Limits = RenderLimits.Default with { HeaderSizeLimit = 100 } };

        var text = await RenderHelper.RenderAsync("Subject: " + new string('s', 5000) + "\n\nb\n", settings);

        Assert.Equal("Subject: ".Length + 100, text.Lines[0].Text.Length);
    }

    [Fact]
    public async Task AttachmentNamesFromHostileHeadersAreSanitised()
    {
        using var stream = new MemoryStream(HostileCorpus.Messages["escapes-in-file-names"]());
        var message = await MessageParsing.LoadAsync(stream, RenderLimits.Default);

        var rows = (await new MessageRenderer(RenderSettings.Default).RenderAsync(message)).LayoutText(200).ToArray();

        Assert.Contains("[-- Attachment #2:  hidden --]", rows);
    }
}
